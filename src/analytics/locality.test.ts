import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildGraph, findArc } from './graph.ts';
import { breadthFirstNumbering, renumberGraph } from './locality.ts';
import { betweennessSums } from './metrics/centrality/betweenness.ts';
import { distanceSums } from './metrics/centrality/closeness.ts';
import { seededRng } from './random.ts';

/** A random graph with some directed edges and a few components. */
function randomGraph(n: number, m: number, seed: number) {
  const rng = seededRng(seed);
  const sources: number[] = [];
  const targets: number[] = [];
  const weights: number[] = [];
  const directed: number[] = [];
  for (let e = 0; e < m; e += 1) {
    sources.push(Math.floor(rng() * n));
    targets.push(Math.floor(rng() * n));
    weights.push(1 + Math.floor(rng() * 5));
    directed.push(rng() < 0.2 ? 1 : 0);
  }
  return buildGraph(n, { sources, targets, weights, directed });
}

describe('renumbering for locality', () => {
  it('numbers every node once, neighbours of the first node right after it', () => {
    const graph = buildGraph(5, { sources: [3, 3, 0], targets: [1, 4, 2] });
    const newId = breadthFirstNumbering(graph);
    expect([...newId].sort()).toEqual([0, 1, 2, 3, 4]);
    expect(newId[0]).toBe(0);
    expect(newId[2]).toBe(1);
    expect([newId[1], newId[3], newId[4]]).toEqual([2, 3, 4]);
  });

  it('keeps every arc, its weight and sorted rows', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 30 }), fc.integer({ min: 0, max: 80 }), fc.nat(), (n, m, seed) => {
        const graph = randomGraph(n, m, seed);
        const newId = breadthFirstNumbering(graph);
        const renumbered = renumberGraph(graph, newId);
        for (const view of ['out', 'in', 'undirected'] as const) {
          const before = graph[view];
          const after = renumbered[view];
          expect(after.targets.length).toBe(before.targets.length);
          for (let v = 0; v < n; v += 1) {
            for (let a = before.offsets[v]!; a < before.offsets[v + 1]!; a += 1) {
              const arc = findArc(after, newId[v]!, newId[before.targets[a]!]!);
              expect(arc).toBeGreaterThanOrEqual(0);
              expect(after.weights[arc]).toBe(before.weights[a]);
            }
          }
        }
      }),
    );
  });

  it('leaves betweenness the same up to rounding, directed or not', () => {
    for (const seed of [1, 2, 3]) {
      const graph = randomGraph(300, 900, seed);
      const sources = [0, 17, 99, 250, 299];
      for (const directed of [false, true]) {
        const plain = betweennessSums(graph, sources, { renumber: false, directed });
        const renumbered = betweennessSums(graph, sources, { renumber: true, directed });
        for (let v = 0; v < 300; v += 1) {
          expect(renumbered.sums[v]).toBeCloseTo(plain.sums[v]!, 9);
          expect(renumbered.squares[v]).toBeCloseTo(plain.squares[v]!, 6);
        }
      }
    }
    expect(() => betweennessSums(randomGraph(10, 5, 1), [10], { renumber: true })).toThrow(/outside 0\.\.9/);
  });
});

describe('closeness with renumbering', () => {
  it('gives the same distance sums as without', () => {
    const graph = randomGraph(400, 1200, 7);
    const sources = [0, 5, 123, 399];
    const plain = distanceSums(graph, sources, { renumber: false });
    const renumbered = distanceSums(graph, sources, { renumber: true });
    for (const key of ['reached', 'distance', 'squaredDistance', 'inverse', 'squaredInverse'] as const) {
      for (let v = 0; v < 400; v += 1) expect(renumbered[key][v]).toBeCloseTo(plain[key][v]!, 9);
    }
  });
});
