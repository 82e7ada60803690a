import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { KARATE_NODE_COUNT, karateEdgeList } from '../../fixtures/karate.ts';
import {
  barbellGraph,
  graphOf,
  buildSmallGraph,
  disconnectedGraph,
  pathGraph,
  smallGraphArbitrary,
  starGraph,
  tiesOf,
} from '../../fixtures/shapes.ts';
import { buildGraph, type Graph } from '../../graph.ts';
import { coreNumbers } from './k-core.ts';

/** The k-core by its definition: keep removing nodes with fewer than k neighbours left. */
function bruteForceCore(graph: Graph, k: number): Set<number> {
  const ties = tiesOf(graph);
  const kept = new Set(Array.from({ length: graph.nodeCount }, (_, v) => v));
  for (let changed = true; changed;) {
    changed = false;
    for (const v of kept) {
      const degree = ties.filter(([a, b]) => (a === v && kept.has(b)) || (b === v && kept.has(a))).length;
      if (degree < k) {
        kept.delete(v);
        changed = true;
      }
    }
  }
  return kept;
}

describe('coreNumbers', () => {
  it('gives 1 to every node of a path or a star', () => {
    expect([...coreNumbers(pathGraph(5)).core]).toEqual([1, 1, 1, 1, 1]);
    expect([...coreNumbers(starGraph(6)).core]).toEqual([1, 1, 1, 1, 1, 1, 1]);
  });

  it('separates the cliques of a barbell from its handle, which lies between two 2-cores', () => {
    const result = coreNumbers(barbellGraph(4, 2));
    expect([...result.core]).toEqual([3, 3, 3, 3, 2, 2, 3, 3, 3, 3]);
    expect(result.maxCore).toBe(3);
  });

  it('gives 1 to a pendant handle and 0 to isolated nodes', () => {
    expect([
      ...coreNumbers(
        graphOf(5, [
          [0, 1],
          [1, 2],
          [0, 2],
          [2, 3],
          [3, 4],
        ]),
      ).core,
    ]).toEqual([2, 2, 2, 1, 1]);
    expect([...coreNumbers(disconnectedGraph()).core]).toEqual([2, 2, 2, 1, 1, 0]);
  });

  it('finds the 4-core of the karate club', () => {
    const result = coreNumbers(buildGraph(KARATE_NODE_COUNT, karateEdgeList()));
    expect(result.maxCore).toBe(4);
    const inner = [...result.core.keys()].filter((v) => result.core[v] === 4);
    expect(inner).toEqual([0, 1, 2, 3, 7, 8, 13, 30, 32, 33]);
  });

  it('satisfies the definition on random graphs', () => {
    fc.assert(
      fc.property(smallGraphArbitrary(), (small) => {
        const graph = buildSmallGraph(small);
        const { core, maxCore } = coreNumbers(graph);
        for (let k = 0; k <= maxCore + 1; k += 1) {
          const expected = bruteForceCore(graph, k);
          const found = new Set([...core.keys()].filter((v) => core[v]! >= k));
          expect(found).toEqual(expected);
        }
      }),
    );
  });
});
