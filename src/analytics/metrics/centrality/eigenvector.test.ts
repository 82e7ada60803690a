import { eigenvector as graphologyEigenvector } from 'graphology-metrics/centrality/index.js';
import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../graph.ts';
import { byNode, toGraphology } from '../../fixtures/graphology-oracle.ts';
import { KARATE_NODE_COUNT, karateEdgeList } from '../../fixtures/karate.ts';
import { completeGraph, cycleGraph, starGraph } from '../../fixtures/tiny.ts';
import { eigenvectorCentrality } from './eigenvector.ts';

const TIGHT = { tolerance: 1e-15, maxIterations: 10_000 };

describe('eigenvector centrality', () => {
  it('gives every corner of a triangle 1/√3', () => {
    const { nodeCount, edges } = completeGraph(3);
    for (const value of eigenvectorCentrality(buildGraph(nodeCount, edges), TIGHT)) expect(value).toBeCloseTo(1 / Math.sqrt(3), 12);
  });

  it('puts the centre of a star √(n − 1) times above each leaf, as a unit vector', () => {
    const n = 6;
    const { nodeCount, edges } = starGraph(n);
    const x = eigenvectorCentrality(buildGraph(nodeCount, edges), TIGHT);
    expect(x[0]! / x[1]!).toBeCloseTo(Math.sqrt(n - 1), 9);
    expect(Array.from(x).reduce((s, v) => s + v * v, 0)).toBeCloseTo(1, 12);
  });

  it('reads a directed cycle as undirected, where all nodes are alike', () => {
    const { nodeCount, edges } = cycleGraph(5);
    for (const value of eigenvectorCentrality(buildGraph(nodeCount, edges), TIGHT)) expect(value).toBeCloseTo(1 / Math.sqrt(5), 12);
  });

  it('matches graphology on the karate club, unweighted and weighted', () => {
    for (const weighted of [false, true]) {
      const edges = karateEdgeList(weighted);
      const ours = eigenvectorCentrality(buildGraph(KARATE_NODE_COUNT, edges), TIGHT);
      const theirs = byNode(KARATE_NODE_COUNT, graphologyEigenvector(toGraphology(KARATE_NODE_COUNT, edges), TIGHT));
      for (let v = 0; v < KARATE_NODE_COUNT; v += 1) expect(Math.abs(ours[v]! - theirs[v]!)).toBeLessThan(1e-9);
    }
  });

  it('matches the published karate values (networkx, unweighted)', () => {
    const x = eigenvectorCentrality(buildGraph(KARATE_NODE_COUNT, karateEdgeList()), { ...TIGHT, weighted: false });
    expect(x[33]).toBeCloseTo(0.37336347029155703, 9);
    expect(x[0]).toBeCloseTo(0.35549144452448955, 9);
  });
});
