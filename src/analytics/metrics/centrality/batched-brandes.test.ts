import fc from 'fast-check';
import { betweenness as graphologyBetweenness } from 'graphology-metrics/centrality/index.js';
import { describe, expect, it } from 'vitest';
import { arbitraryGraph } from '../../fixtures/arbitrary.ts';
import { expectClose } from '../../fixtures/expect-close.ts';
import { byNode, toGraphology } from '../../fixtures/graphology-oracle.ts';
import { buildGraph } from '../../graph.ts';
import { batchedDependencySums } from './batched-brandes.ts';
import { betweennessCentrality } from './betweenness.ts';

/** Random graphs large enough for several batches of 32 sources, directed or not. */
const severalBatches = arbitraryGraph({ minNodes: 33, maxNodes: 80, maxEdges: 240 });

describe('Brandes in batches of 32 sources', () => {
  it('agrees with graphology across batch boundaries, directed and undirected', () => {
    fc.assert(
      fc.property(severalBatches, ({ n, edges }) => {
        const graph = buildGraph(n, edges);
        const theirs = graphologyBetweenness(toGraphology(n, edges), { normalized: false, getEdgeWeight: null });
        expectClose(betweennessCentrality(graph), byNode(n, theirs), 1e-7);
      }),
      { numRuns: 25 },
    );
  });

  it('sums a source given twice twice, and one source alone as itself', () => {
    fc.assert(
      fc.property(severalBatches, fc.nat(), ({ n, edges }, pick) => {
        const graph = buildGraph(n, edges);
        const source = pick % n;
        const once = batchedDependencySums(graph.undirected, n, [source]);
        const twice = batchedDependencySums(graph.undirected, n, [source, source]);
        expectClose(
          twice.sums,
          Array.from(once.sums, (sum) => 2 * sum),
        );
        expect(twice.sourceCount).toBe(2);
        // A source's own dependency is not counted.
        expect(once.sums[source]).toBe(0);
      }),
      { numRuns: 25 },
    );
  });

  it('answers the same again: the working state it keeps between calls is left clean', () => {
    fc.assert(
      fc.property(severalBatches, fc.nat(), ({ n, edges }, pick) => {
        const graph = buildGraph(n, edges);
        const all = Array.from({ length: n }, (_, v) => v);
        const first = batchedDependencySums(graph.undirected, n, all);
        batchedDependencySums(graph.out, n, [pick % n, (pick + 7) % n]);
        const again = batchedDependencySums(graph.undirected, n, all);
        expect(Array.from(again.sums)).toEqual(Array.from(first.sums));
        expect(Array.from(again.squares)).toEqual(Array.from(first.squares));
      }),
      { numRuns: 15 },
    );
  });

  it('rejects a source outside the graph', () => {
    const graph = buildGraph(3, { sources: [0, 1], targets: [1, 2] });
    expect(() => batchedDependencySums(graph.out, 3, [3])).toThrow(/source 3 is outside 0\.\.2/);
  });
});
