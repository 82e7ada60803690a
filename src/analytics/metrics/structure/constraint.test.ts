import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { KARATE_NODE_COUNT, karateEdgeList } from '../../fixtures/karate.ts';
import { buildSmallGraph, disconnectedGraph, smallGraphArbitrary, starGraph, triangleGraph } from '../../fixtures/shapes.ts';
import { buildGraph, type Graph } from '../../graph.ts';
import { structuralHoles } from './constraint.ts';

/** Burt's formulas term by term over a dense weight matrix. */
function bruteForce(graph: Graph): { constraint: number[]; effectiveSize: number[] } {
  const n = graph.nodeCount;
  const w = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  const { offsets, targets, weights } = graph.undirected;
  for (let u = 0; u < n; u += 1) for (let a = offsets[u]!; a < offsets[u + 1]!; a += 1) w[u]![targets[a]!] = weights[a]!;
  const neighbours = (i: number): number[] => [...w[i]!.keys()].filter((j) => w[i]![j]! > 0);
  const p = (i: number, j: number): number => w[i]![j]! / neighbours(i).reduce((sum, k) => sum + w[i]![k]!, 0);
  const m = (j: number, q: number): number => w[j]![q]! / Math.max(...neighbours(j).map((k) => w[j]![k]!));
  const constraint: number[] = [];
  const effectiveSize: number[] = [];
  for (let i = 0; i < n; i += 1) {
    const around = neighbours(i);
    if (around.length === 0) {
      constraint.push(Number.NaN);
      effectiveSize.push(Number.NaN);
      continue;
    }
    let c = 0;
    let e = 0;
    for (const j of around) {
      const others = around.filter((q) => q !== j);
      c += (p(i, j) + others.reduce((sum, q) => sum + p(i, q) * p(q, j), 0)) ** 2;
      e += 1 - others.reduce((sum, q) => sum + p(i, q) * m(j, q), 0);
    }
    constraint.push(c);
    effectiveSize.push(e);
  }
  return { constraint, effectiveSize };
}

describe('structuralHoles', () => {
  it('gives the centre of a star 1/k constraint and k non-redundant ties', () => {
    const result = structuralHoles(starGraph(3));
    expect([...result.constraint]).toEqual([1 / 3, 1, 1, 1]);
    expect([...result.effectiveSize]).toEqual([3, 1, 1, 1]);
  });

  it('gives each corner of a triangle 1.125 and one effective tie', () => {
    const result = structuralHoles(triangleGraph());
    for (const c of result.constraint) expect(c).toBeCloseTo(1.125, 12);
    for (const e of result.effectiveSize) expect(e).toBeCloseTo(1, 12);
  });

  it('is undefined for a node without ties', () => {
    const result = structuralHoles(disconnectedGraph());
    expect(result.constraint[5]).toBeNaN();
    expect(result.effectiveSize[5]).toBeNaN();
    expect(result.constraint[3]).toBe(1);
  });

  // Reference values: networkx 3.6 `constraint` and `effective_size` on `karate_club_graph()`. The
  // weighted effective sizes are those of its node-by-node path (`nodes=[…]`): its sparse-matrix
  // path for all nodes at once scales m(j,q) by q's strongest tie instead of j's (13.954 for node 0).
  it('matches the karate club values, unweighted and weighted', () => {
    const plain = structuralHoles(buildGraph(KARATE_NODE_COUNT, karateEdgeList()));
    expect(plain.constraint[0]).toBeCloseTo(0.155423, 6);
    expect(plain.constraint[2]).toBeCloseTo(0.185177, 6);
    expect(plain.constraint[33]).toBeCloseTo(0.156419, 6);
    expect(plain.effectiveSize[0]).toBeCloseTo(13.75, 6);
    expect(plain.effectiveSize[33]).toBeCloseTo(15.235294, 6);
    const weighted = structuralHoles(buildGraph(KARATE_NODE_COUNT, karateEdgeList(true)));
    expect(weighted.constraint[0]).toBeCloseTo(0.190623, 6);
    expect(weighted.constraint[2]).toBeCloseTo(0.255654, 6);
    expect(weighted.effectiveSize[0]).toBeCloseTo(13.775, 6);
    expect(weighted.effectiveSize[2]).toBeCloseTo(7.94697, 6);
    expect(weighted.effectiveSize[33]).toBeCloseTo(15.228919, 6);
  });

  it('agrees with the formulas on random weighted graphs', () => {
    fc.assert(
      fc.property(smallGraphArbitrary(), fc.boolean(), (small, weighted) => {
        const graph = buildSmallGraph(small, weighted);
        const result = structuralHoles(graph);
        const expected = bruteForce(graph);
        for (let v = 0; v < small.nodeCount; v += 1) {
          if (Number.isNaN(expected.constraint[v])) {
            expect(result.constraint[v]).toBeNaN();
            continue;
          }
          expect(result.constraint[v]).toBeCloseTo(expected.constraint[v]!, 10);
          expect(result.effectiveSize[v]).toBeCloseTo(expected.effectiveSize[v]!, 10);
        }
      }),
    );
  });
});
