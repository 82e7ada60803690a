import { pagerank as graphologyPagerank } from 'graphology-metrics/centrality/index.js';
import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../graph.ts';
import { byNode, toGraphology } from '../../fixtures/graphology-oracle.ts';
import { KARATE_NODE_COUNT, karateEdgeList } from '../../fixtures/karate.ts';
import { cycleGraph, starGraph } from '../../fixtures/tiny.ts';
import { pagerank } from './pagerank.ts';

const TIGHT = { tolerance: 1e-15, maxIterations: 10_000 };
/** graphology's PageRank with the same tight settings, weighted by the `weight` attribute as ours is by default. */
const ORACLE = { ...TIGHT, getEdgeWeight: 'weight' } as const;

function sum(values: ArrayLike<number>): number {
  return Array.from(values).reduce((a, b) => a + b, 0);
}

describe('PageRank', () => {
  it('is uniform on a directed cycle', () => {
    const { nodeCount, edges } = cycleGraph(5);
    for (const value of pagerank(buildGraph(nodeCount, edges))) expect(value).toBeCloseTo(0.2, 12);
  });

  it('solves the star in closed form: leaves get (1 − d)/n + d·c/(n − 1)', () => {
    const n = 5;
    const { nodeCount, edges } = starGraph(n);
    const ranks = pagerank(buildGraph(nodeCount, edges), TIGHT);
    // Centre c = (1 − d)/n + d·(1 − c) (every leaf sends all to it); leaf = (1 − c)/(n − 1).
    const d = 0.85;
    const centre = ((1 - d) / n + d) / (1 + d);
    expect(ranks[0]).toBeCloseTo(centre, 12);
    for (let v = 1; v < n; v += 1) expect(ranks[v]).toBeCloseTo((1 - centre) / (n - 1), 12);
  });

  it('spreads the rank of dangling nodes evenly and still sums to one', () => {
    // 0 → 1 → 2, and 2 points nowhere.
    const graph = buildGraph(3, { sources: [0, 1], targets: [1, 2], directed: [1, 1] });
    const ranks = pagerank(graph, TIGHT);
    expect(sum(ranks)).toBeCloseTo(1, 12);
    expect(ranks[0]! < ranks[1]! && ranks[1]! < ranks[2]!).toBe(true);
    const oracle = byNode(3, graphologyPagerank(toGraphology(3, { sources: [0, 1], targets: [1, 2], directed: [1, 1] }), ORACLE));
    for (let v = 0; v < 3; v += 1) expect(ranks[v]).toBeCloseTo(oracle[v]!, 12);
  });

  it('matches graphology on the karate club, unweighted and weighted', () => {
    for (const weighted of [false, true]) {
      const edges = karateEdgeList(weighted);
      const ours = pagerank(buildGraph(KARATE_NODE_COUNT, edges), TIGHT);
      const theirs = byNode(KARATE_NODE_COUNT, graphologyPagerank(toGraphology(KARATE_NODE_COUNT, edges), ORACLE));
      for (let v = 0; v < KARATE_NODE_COUNT; v += 1) expect(Math.abs(ours[v]! - theirs[v]!)).toBeLessThan(1e-9);
    }
  });

  it('matches the published karate values (networkx, unweighted)', () => {
    const ranks = pagerank(buildGraph(KARATE_NODE_COUNT, karateEdgeList()), TIGHT);
    expect(ranks[33]).toBeCloseTo(0.1009191823325516, 9);
    expect(ranks[0]).toBeCloseTo(0.0969972853883738, 9);
  });

  it('ignores weights when asked to', () => {
    const graph = buildGraph(3, { sources: [0, 0], targets: [1, 2], weights: [1, 9], directed: [1, 1] });
    const plain = pagerank(graph, { ...TIGHT, weighted: false });
    expect(plain[1]).toBeCloseTo(plain[2]!, 12);
    const weighted = pagerank(graph, TIGHT);
    expect(weighted[2]! > weighted[1]!).toBe(true);
  });

  it('rejects a damping outside [0, 1) and fails loudly when it does not converge', () => {
    const { nodeCount, edges } = starGraph(4);
    const graph = buildGraph(nodeCount, edges);
    expect(() => pagerank(graph, { damping: 1 })).toThrow(/^analytics\/metrics\/centrality\/pagerank: damping/);
    expect(() => pagerank(graph, { maxIterations: 1, tolerance: 1e-15 })).toThrow(/did not converge within 1 iterations/);
  });
});
