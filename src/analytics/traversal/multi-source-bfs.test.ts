import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbitraryGraph } from '../fixtures/arbitrary.ts';
import { buildGraph } from '../graph.ts';
import { bitCount, multiSourceLevels } from './multi-source-bfs.ts';
import { arcsToFollow, createShortestPaths, runShortestPaths } from './shortest-paths.ts';

/** counts[d][v]: how many of the sources first reach v at distance d, by one search per source. */
function perSourceLevels(graph: ReturnType<typeof buildGraph>, sources: number[], direction: 'out' | 'undirected'): Map<string, number> {
  const state = createShortestPaths(graph, { direction, countPaths: false });
  const counts = new Map<string, number>();
  for (const s of sources) {
    runShortestPaths(state, s);
    for (let j = 1; j < state.reachedCount; j += 1) {
      const v = state.order[j]!;
      const key = `${v}@${state.distance[v]}`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  return counts;
}

describe('multi-source breadth-first search (MS-BFS)', () => {
  it('reports for every node and distance as many sources as searching from each one does', () => {
    fc.assert(
      fc.property(
        arbitraryGraph({ minNodes: 1, maxNodes: 40, maxEdges: 120 }),
        fc.array(fc.nat(), { minLength: 1, maxLength: 70 }),
        ({ n, edges }, picks) => {
          const graph = buildGraph(n, edges);
          // Up to 70 sources, repeats included: batches of 32 and a part batch.
          const sources = picks.map((p) => p % n);
          for (const direction of ['out', 'undirected'] as const) {
            const counts = new Map<string, number>();
            multiSourceLevels(arcsToFollow(graph, direction), n, sources, (v, count, d) => {
              const key = `${v}@${d}`;
              counts.set(key, (counts.get(key) ?? 0) + count);
            });
            expect(counts).toEqual(perSourceLevels(graph, sources, direction));
          }
        },
      ),
    );
  });

  it('counts the bits of a word', () => {
    expect([0, 1, 0b1011, 0x7fffffff, -1, 1 << 31].map(bitCount)).toEqual([0, 1, 3, 31, 32, 1]);
  });

  it('rejects a source outside the graph', () => {
    const graph = buildGraph(3, { sources: [0, 1], targets: [1, 2] });
    expect(() => multiSourceLevels(graph.out, 3, [0, 3], () => undefined)).toThrow(/source 3 is outside 0\.\.2/);
    expect(() => multiSourceLevels(graph.out, 3, [0.5], () => undefined)).toThrow(/source 0\.5/);
  });
});
