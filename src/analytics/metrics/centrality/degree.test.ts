import {
  degree as graphologyDegree,
  inDegree as inDegreeCentrality,
  outDegree as outDegreeCentrality,
} from 'graphology-metrics/centrality/index.js';
import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../graph.ts';
import { byNode, toGraphology } from '../../fixtures/graphology-oracle.ts';
import { KARATE_NODE_COUNT, karateEdgeList } from '../../fixtures/karate.ts';
import { cycleGraph, starGraph } from '../../fixtures/tiny.ts';
import { degreeCentrality, strengthCentrality } from './degree.ts';

describe('degree and strength centrality', () => {
  it('counts the neighbours of a star: n − 1 at the centre, 1 at each leaf', () => {
    const { nodeCount, edges } = starGraph(5);
    expect(Array.from(degreeCentrality(buildGraph(nodeCount, edges)))).toEqual([4, 1, 1, 1, 1]);
    expect(Array.from(degreeCentrality(buildGraph(nodeCount, edges), { normalized: true }))).toEqual([1, 0.25, 0.25, 0.25, 0.25]);
  });

  it('separates in, out and total on a directed graph', () => {
    // 0→1, 0→2, 1→2 and 2→0 both ways is merged into one undirected pair for the undirected view only.
    const graph = buildGraph(3, { sources: [0, 0, 1, 2], targets: [1, 2, 2, 0], directed: [1, 1, 1, 1] });
    expect(Array.from(degreeCentrality(graph, { mode: 'out' }))).toEqual([2, 1, 1]);
    expect(Array.from(degreeCentrality(graph, { mode: 'in' }))).toEqual([1, 1, 2]);
    expect(Array.from(degreeCentrality(graph))).toEqual([3, 2, 3]);
  });

  it('sums merged weights into strength', () => {
    const graph = buildGraph(3, { sources: [0, 0, 1], targets: [1, 1, 2], weights: [2, 3, 0.5] });
    expect(Array.from(strengthCentrality(graph))).toEqual([5, 5.5, 0.5]);
    expect(Array.from(degreeCentrality(graph))).toEqual([1, 2, 1]);
  });

  it('gives every node of a directed cycle one arc in and one out', () => {
    const { nodeCount, edges } = cycleGraph(4);
    expect(Array.from(degreeCentrality(buildGraph(nodeCount, edges), { mode: 'in' }))).toEqual([1, 1, 1, 1]);
  });

  it('matches graphology on the karate club and on a directed graph', () => {
    const edges = karateEdgeList();
    const ours = degreeCentrality(buildGraph(KARATE_NODE_COUNT, edges), { normalized: true });
    expect(Array.from(ours)).toEqual(byNode(KARATE_NODE_COUNT, graphologyDegree(toGraphology(KARATE_NODE_COUNT, edges))));
    expect(ours[33]! * 33).toBe(17);
    const directed = { sources: [0, 1, 2, 3, 0], targets: [1, 2, 3, 0, 2], directed: [1, 1, 1, 1, 1] };
    const graph = buildGraph(4, directed);
    const oracle = toGraphology(4, directed);
    expect(Array.from(degreeCentrality(graph, { mode: 'in', normalized: true }))).toEqual(byNode(4, inDegreeCentrality(oracle)));
    expect(Array.from(degreeCentrality(graph, { mode: 'out', normalized: true }))).toEqual(byNode(4, outDegreeCentrality(oracle)));
    expect(Array.from(degreeCentrality(graph, { normalized: true }))).toEqual(byNode(4, graphologyDegree(oracle)));
  });

  it('rejects an unknown mode with the module path', () => {
    const graph = buildGraph(2, { sources: [0], targets: [1] });
    expect(() => degreeCentrality(graph, { mode: 'sideways' as 'in' })).toThrow(/^analytics\/metrics\/centrality\/degree: unknown mode/);
  });
});
