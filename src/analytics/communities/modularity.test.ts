import fc from 'fast-check';
import { modularity as graphologyModularity } from 'graphology-metrics/graph/index.js';
import { describe, expect, it } from 'vitest';
import { KARATE_FACTIONS, KARATE_NODE_COUNT, karateEdgeList } from '../fixtures/karate.ts';
import { bridgedTrianglesGraph, buildSmallGraph, graphOf, smallGraphArbitrary, toGraphology } from '../fixtures/shapes.ts';
import { buildGraph, type Graph } from '../graph.ts';
import { modularity } from './modularity.ts';

/** graphology's modularity of the same labels, the reference. */
function reference(graph: Graph, labels: ArrayLike<number>, resolution = 1): number {
  return graphologyModularity(toGraphology(graph), {
    getNodeCommunity: (node: string) => labels[Number(node)]!,
    getEdgeWeight: 'weight',
    resolution,
  });
}

describe('modularity', () => {
  it('scores two bridged triangles split at the bridge at 5/14', () => {
    expect(modularity(bridgedTrianglesGraph(), [0, 0, 0, 1, 1, 1])).toBeCloseTo(5 / 14, 12);
  });

  it('scores one community at 1 − γ and singletons below zero', () => {
    const graph = bridgedTrianglesGraph();
    expect(modularity(graph, [0, 0, 0, 0, 0, 0])).toBeCloseTo(0, 12);
    expect(modularity(graph, [0, 0, 0, 0, 0, 0], { resolution: 0.5 })).toBeCloseTo(0.5, 12);
    // −Σ (k/2m)² with degrees 2, 2, 3, 3, 2, 2 and 2m = 14.
    expect(modularity(graph, [0, 1, 2, 3, 4, 5])).toBeCloseTo(-(4 * 4 + 2 * 9) / 196, 12);
  });

  it('matches the published value of the karate club’s split', () => {
    expect(modularity(buildGraph(KARATE_NODE_COUNT, karateEdgeList()), KARATE_FACTIONS)).toBeCloseTo(0.358234714, 9);
    expect(modularity(buildGraph(KARATE_NODE_COUNT, karateEdgeList(true)), KARATE_FACTIONS)).toBeCloseTo(0.3914375668, 9);
  });

  it('is 0 for a graph without ties', () => {
    expect(modularity(graphOf(3, []), [0, 1, 1])).toBe(0);
  });

  it('rejects labels that do not fit the graph', () => {
    const graph = bridgedTrianglesGraph();
    expect(() => modularity(graph, [0, 0, 0])).toThrow(/^analytics\/communities\/modularity: 3 labels for 6 nodes/);
    expect(() => modularity(graph, [0, 0, -1, 1, 1, 1])).toThrow(/^analytics\/communities\/modularity: node 2 has label -1/);
    expect(() => modularity(graph, [0, 0, 0, 1, 1, 1], { resolution: -1 })).toThrow(/resolution -1/);
  });

  it('agrees with graphology on random weighted graphs and partitions', () => {
    fc.assert(
      fc.property(
        smallGraphArbitrary(),
        fc.array(fc.nat(4), { minLength: 12, maxLength: 12 }),
        fc.double({ min: 0.1, max: 3, noNaN: true }),
        (small, drawn, resolution) => {
          const graph = buildSmallGraph(small, true);
          fc.pre(graph.undirected.targets.length > 0);
          const labels = drawn.slice(0, small.nodeCount);
          expect(modularity(graph, labels, { resolution })).toBeCloseTo(reference(graph, labels, resolution), 10);
        },
      ),
    );
  });
});
