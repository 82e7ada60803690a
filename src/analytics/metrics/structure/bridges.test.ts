import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { KARATE_NODE_COUNT, karateEdgeList } from '../../fixtures/karate.ts';
import {
  barbellGraph,
  bridgedTrianglesGraph,
  buildSmallGraph,
  countOf,
  disconnectedGraph,
  pathGraph,
  referenceComponents,
  smallGraphArbitrary,
  starGraph,
  tiesOf,
  triangleGraph,
} from '../../fixtures/shapes.ts';
import { buildGraph, type Graph } from '../../graph.ts';
import { bridges, isBridge, sidesOf, type Bridges } from './bridges.ts';
import { depthFirstForest } from './dfs-forest.ts';

/** The bridges as sorted [u, v] pairs with u < v. */
function pairsOf(result: Bridges): number[][] {
  return [...result.sources]
    .map((u, i) => [Math.min(u, result.targets[i]!), Math.max(u, result.targets[i]!)])
    .sort((x, y) => x[0]! - y[0]! || x[1]! - y[1]!);
}

function sideMembers(result: Bridges, index: number): number[][] {
  return sidesOf(result, index).map((piece) => [...piece.members]);
}

describe('bridges', () => {
  it('finds every edge of a path and of a star', () => {
    expect(pairsOf(bridges(pathGraph(4)))).toEqual([
      [0, 1],
      [1, 2],
      [2, 3],
    ]);
    const star = bridges(starGraph(3));
    expect(pairsOf(star)).toEqual([
      [0, 1],
      [0, 2],
      [0, 3],
    ]);
    expect([...star.bridgeCount]).toEqual([3, 1, 1, 1]);
  });

  it('reads directed ties as undirected ones, opposite arcs as one tie', () => {
    const graph = buildGraph(3, { sources: [0, 1, 2], targets: [1, 0, 1], directed: [1, 1, 1] });
    expect(pairsOf(bridges(graph))).toEqual([
      [0, 1],
      [1, 2],
    ]);
  });

  it('finds none in a triangle', () => {
    expect(bridges(triangleGraph()).sources).toHaveLength(0);
  });

  it('splits two bridged triangles into their triangles', () => {
    const graph = bridgedTrianglesGraph();
    const result = bridges(graph);
    expect(pairsOf(result)).toEqual([[2, 3]]);
    expect(result.sourceSideSize[0]).toBe(3);
    expect(result.targetSideSize[0]).toBe(3);
    expect(sideMembers(result, 0)).toEqual([
      [0, 1, 2],
      [3, 4, 5],
    ]);
    expect(isBridge(graph, result, 3, 2)).toBe(true);
    expect(isBridge(graph, result, 0, 1)).toBe(false);
    expect(isBridge(graph, result, 0, 5)).toBe(false);
  });

  it('finds the handle of a barbell', () => {
    const result = bridges(barbellGraph(3, 1));
    expect(pairsOf(result)).toEqual([
      [2, 3],
      [3, 4],
    ]);
  });

  it('finds the one pendant tie of the karate club', () => {
    const graph = buildGraph(KARATE_NODE_COUNT, karateEdgeList());
    const result = bridges(graph);
    expect(pairsOf(result)).toEqual([[0, 11]]);
    expect(sideMembers(result, 0).map((members) => members.length)).toEqual([33, 1]);
  });

  it('ignores separate pieces and walks a long path without recursion', () => {
    expect(pairsOf(bridges(disconnectedGraph()))).toEqual([[3, 4]]);
    const long = bridges(pathGraph(100_000));
    expect(long.sources).toHaveLength(99_999);
    expect(Math.min(...long.sourceSideSize)).toBe(1);
  });

  it('reads a forest shared with the articulation points', () => {
    const graph = bridgedTrianglesGraph();
    const forest = depthFirstForest(graph);
    const result = bridges(graph, { forest });
    expect(result.forest).toBe(forest);
    expect(pairsOf(result)).toEqual([[2, 3]]);
  });

  it('rejects a bridge index out of range', () => {
    expect(() => sidesOf(bridges(triangleGraph()), 0)).toThrow(/^analytics\/metrics\/structure\/bridges: /);
  });

  it('agrees with removing each tie in turn on random graphs', () => {
    fc.assert(
      fc.property(smallGraphArbitrary(), (small) => {
        const graph: Graph = buildSmallGraph(small);
        const result = bridges(graph);
        const before = countOf(referenceComponents(small.nodeCount, small.pairs));
        const expected = tiesOf(graph).filter((pair) => countOf(referenceComponents(small.nodeCount, small.pairs, { pair })) > before);
        expect(pairsOf(result)).toEqual(expected);
        for (let i = 0; i < result.sources.length; i += 1) {
          const without = referenceComponents(small.nodeCount, small.pairs, { pair: [result.sources[i]!, result.targets[i]!] });
          const [near, far] = sidesOf(result, i);
          expect([...near!.members]).toEqual([...without.keys()].filter((u) => without[u] === without[result.sources[i]!]));
          expect([...far!.members]).toEqual([...without.keys()].filter((u) => without[u] === without[result.targets[i]!]));
          expect(result.sourceSideSize[i]).toBe(near!.size);
          expect(result.targetSideSize[i]).toBe(far!.size);
        }
        for (const [u, v] of tiesOf(graph)) {
          expect(isBridge(graph, result, u, v)).toBe(expected.some(([a, b]) => a === u && b === v));
        }
      }),
    );
  });
});
