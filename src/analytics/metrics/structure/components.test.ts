import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { KARATE_NODE_COUNT, karateEdgeList } from '../../fixtures/karate.ts';
import { buildSmallGraph, disconnectedGraph, pathGraph, referenceComponents, smallGraphArbitrary } from '../../fixtures/shapes.ts';
import { buildGraph } from '../../graph.ts';
import { connectedComponents } from './components.ts';

describe('connectedComponents', () => {
  it('numbers the pieces largest first', () => {
    const result = connectedComponents(disconnectedGraph());
    expect([...result.labels]).toEqual([0, 0, 0, 1, 1, 2]);
    expect([...result.sizes]).toEqual([3, 2, 1]);
    expect(result.count).toBe(3);
  });

  it('puts a larger component first even when it holds higher-numbered nodes', () => {
    const pieces = buildGraph(5, { sources: [2, 3], targets: [3, 4] });
    const result = connectedComponents(pieces);
    expect([...result.labels]).toEqual([1, 2, 0, 0, 0]);
    expect([...result.sizes]).toEqual([3, 1, 1]);
  });

  it('finds one component in a path and in the karate club', () => {
    expect(connectedComponents(pathGraph(7)).count).toBe(1);
    expect([...connectedComponents(buildGraph(KARATE_NODE_COUNT, karateEdgeList())).sizes]).toEqual([34]);
  });

  it('ignores the direction of ties', () => {
    const inward = buildGraph(4, { sources: [0, 2], targets: [1, 1], directed: [1, 1] });
    expect([...connectedComponents(inward).labels]).toEqual([0, 0, 0, 1]);
  });

  it('handles the empty graph', () => {
    const result = connectedComponents(buildGraph(0, { sources: [], targets: [] }));
    expect(result.count).toBe(0);
    expect(result.labels).toHaveLength(0);
  });

  it('agrees with union–find on random graphs', () => {
    fc.assert(
      fc.property(smallGraphArbitrary(), (small) => {
        const result = connectedComponents(buildSmallGraph(small));
        const reference = referenceComponents(small.nodeCount, small.pairs);
        for (let u = 0; u < small.nodeCount; u += 1) {
          for (let v = 0; v < small.nodeCount; v += 1) {
            expect(result.labels[u] === result.labels[v]).toBe(reference[u] === reference[v]);
          }
        }
        const counted = new Int32Array(result.count);
        for (const label of result.labels) counted[label]! += 1;
        expect([...counted]).toEqual([...result.sizes]);
        expect([...result.sizes]).toEqual([...result.sizes].sort((x, y) => y - x));
      }),
    );
  });
});
