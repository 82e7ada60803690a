import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildGraph, degreeOf, findArc, type Adjacency } from './graph.ts';

/** The rows of an adjacency as sorted [target, weight] lists. */
function rows(adjacency: Adjacency, nodeCount: number): [number, number][][] {
  return Array.from({ length: nodeCount }, (_, v) => {
    const row: [number, number][] = [];
    for (let a = adjacency.offsets[v]!; a < adjacency.offsets[v + 1]!; a += 1) row.push([adjacency.targets[a]!, adjacency.weights[a]!]);
    return row;
  });
}

/** The same views built the slow, obvious way: a map of summed weights per ordered pair. */
function naive(nodeCount: number, edges: { u: number; v: number; w: number; directed: boolean }[]) {
  const views = { out: new Map<string, number>(), in: new Map<string, number>(), undirected: new Map<string, number>() };
  const add = (map: Map<string, number>, u: number, v: number, w: number) => map.set(`${u},${v}`, (map.get(`${u},${v}`) ?? 0) + w);
  for (const { u, v, w, directed } of edges) {
    if (u === v) continue;
    add(views.out, u, v, w);
    add(views.in, v, u, w);
    add(views.undirected, u, v, w);
    add(views.undirected, v, u, w);
    if (!directed) {
      add(views.out, v, u, w);
      add(views.in, u, v, w);
    }
  }
  const toRows = (map: Map<string, number>) =>
    Array.from({ length: nodeCount }, (_, u) =>
      [...map]
        .map(([key, w]) => [...key.split(',').map(Number), w] as [number, number, number])
        .filter(([from]) => from === u)
        .map(([, to, w]) => [to, w] as [number, number])
        .sort((a, b) => a[0] - b[0]),
    );
  return { out: toRows(views.out), in: toRows(views.in), undirected: toRows(views.undirected) };
}

describe('the compact graph', () => {
  it('stores an undirected edge both ways and a directed one once, with the transpose and the undirected view', () => {
    const graph = buildGraph(3, { sources: [0, 1], targets: [1, 2], weights: [2, 5], directed: [0, 1] });
    expect(graph.directed).toBe(true);
    expect(rows(graph.out, 3)).toEqual([
      [[1, 2]],
      [
        [0, 2],
        [2, 5],
      ],
      [],
    ]);
    expect(rows(graph.in, 3)).toEqual([[[1, 2]], [[0, 2]], [[1, 5]]]);
    expect(rows(graph.undirected, 3)).toEqual([
      [[1, 2]],
      [
        [0, 2],
        [2, 5],
      ],
      [[1, 5]],
    ]);
    expect(findArc(graph.out, 1, 2)).toBeGreaterThanOrEqual(0);
    expect(findArc(graph.out, 2, 1)).toBe(-1);
    expect(degreeOf(graph.undirected, 1)).toBe(2);
  });

  it('drops self-loops, merges parallel edges by summing weights, and refuses bad input', () => {
    const graph = buildGraph(2, { sources: [0, 0, 1, 1], targets: [1, 0, 0, 1], weights: [1, 9, 3, 9] });
    expect(rows(graph.out, 2)).toEqual([[[1, 4]], [[0, 4]]]);
    expect(() => buildGraph(2, { sources: [0], targets: [2] })).toThrow(/outside 0\.\.1/);
    expect(() => buildGraph(2, { sources: [0], targets: [1], weights: [0] })).toThrow(/positive/);
    expect(() => buildGraph(2, { sources: [0, 1], targets: [1] })).toThrow(/differ in length/);
  });

  it('agrees with the obvious construction on random edge lists', () => {
    const edge = (n: number) =>
      fc.record({ u: fc.nat(n - 1), v: fc.nat(n - 1), w: fc.integer({ min: 1, max: 5 }), directed: fc.boolean() });
    const input = fc.integer({ min: 1, max: 12 }).chain((n) => fc.tuple(fc.constant(n), fc.array(edge(n), { maxLength: 60 })));
    fc.assert(
      fc.property(input, ([n, edges]) => {
        const graph = buildGraph(n, {
          sources: edges.map((e) => e.u),
          targets: edges.map((e) => e.v),
          weights: edges.map((e) => e.w),
          directed: edges.map((e) => (e.directed ? 1 : 0)),
        });
        const expected = naive(n, edges);
        expect(rows(graph.out, n)).toEqual(expected.out);
        expect(rows(graph.in, n)).toEqual(expected.in);
        expect(rows(graph.undirected, n)).toEqual(expected.undirected);
      }),
    );
  });
});
