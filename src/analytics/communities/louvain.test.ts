import fc from 'fast-check';
import louvainExport from 'graphology-communities-louvain';
import { modularity as graphologyModularity } from 'graphology-metrics/graph/index.js';
import { describe, expect, it } from 'vitest';
import { KARATE_NODE_COUNT, karateEdgeList } from '../fixtures/karate.ts';
import {
  barbellGraph,
  bridgedTrianglesGraph,
  buildSmallGraph,
  disconnectedGraph,
  graphOf,
  plantedPartitionGraph,
  smallGraphArbitrary,
  toGraphology,
} from '../fixtures/shapes.ts';
import { buildGraph } from '../graph.ts';
import { seededRng } from '../random.ts';
import { louvain } from './louvain.ts';
import { modularity } from './modularity.ts';

// The package is CommonJS typed as an ES module: its default import is the function itself.
const graphologyLouvain = louvainExport as unknown as (typeof louvainExport)['default'];

/** The best modularity known for the karate club (Brandes et al. 2008, by integer programming). */
const KARATE_BEST = 0.4197896121;

describe('louvain', () => {
  it('splits two bridged triangles at the bridge', () => {
    const result = louvain(bridgedTrianglesGraph());
    expect([...result.labels]).toEqual([0, 0, 0, 1, 1, 1]);
    expect(result.modularity).toBeCloseTo(5 / 14, 12);
  });

  it('splits a barbell into its two bells', () => {
    const result = louvain(barbellGraph(5, 0));
    expect(result.count).toBe(2);
    expect([...result.sizes]).toEqual([5, 5]);
    expect(new Set(result.labels.subarray(0, 5)).size).toBe(1);
  });

  it('keeps separate pieces apart and isolated nodes alone', () => {
    const result = louvain(disconnectedGraph());
    expect([...result.labels]).toEqual([0, 0, 0, 1, 1, 2]);
    expect([...result.sizes]).toEqual([3, 2, 1]);
  });

  it('leaves a graph without ties as singletons', () => {
    const result = louvain(graphOf(3, []));
    expect([...result.labels]).toEqual([0, 1, 2]);
    expect(result.modularity).toBe(0);
    expect(result.levels).toEqual([]);
  });

  it('comes within 1% of the best-known modularity of the karate club', () => {
    const graph = buildGraph(KARATE_NODE_COUNT, karateEdgeList());
    const result = louvain(graph);
    expect(result.modularity).toBeGreaterThanOrEqual(0.99 * KARATE_BEST);
    expect(result.modularity).toBeLessThanOrEqual(KARATE_BEST + 1e-9);
    const reference = graphologyModularity(toGraphology(graph), { getNodeCommunity: (node: string) => result.labels[Number(node)]! });
    expect(result.modularity).toBeCloseTo(reference, 12);
  });

  it('does at least as well as graphology on weighted planted partitions', () => {
    for (const seed of [1, 2, 3]) {
      const graph = plantedPartitionGraph(seededRng(seed), 12, 40, 0.25, 0.02);
      const ours = louvain(graph, { seed });
      const theirs = graphologyLouvain.detailed(toGraphology(graph), { getEdgeWeight: 'weight', rng: seededRng(seed) });
      expect(ours.modularity).toBeGreaterThanOrEqual(theirs.modularity - 1e-12);
    }
  });

  it('merges more at a low resolution and splits more at a high one', () => {
    const graph = buildGraph(KARATE_NODE_COUNT, karateEdgeList());
    expect(louvain(graph, { resolution: 0.01 }).count).toBe(1);
    expect(louvain(graph, { resolution: 3 }).count).toBeGreaterThan(louvain(graph).count);
  });

  it('rejects a negative resolution or tolerance', () => {
    expect(() => louvain(bridgedTrianglesGraph(), { resolution: -1 })).toThrow(/^analytics\/communities\/louvain: resolution -1/);
    expect(() => louvain(bridgedTrianglesGraph(), { tolerance: Number.NaN })).toThrow(/^analytics\/communities\/louvain: tolerance NaN/);
  });

  it('numbers communities by size, beats singletons and repeats itself for a seed, on random graphs', () => {
    fc.assert(
      fc.property(smallGraphArbitrary(16), fc.integer(), fc.boolean(), (small, seed, refine) => {
        const graph = buildSmallGraph(small, true);
        const result = louvain(graph, { seed, refine });
        const singletons = Int32Array.from({ length: small.nodeCount }, (_, v) => v);
        expect(result.modularity).toBeGreaterThanOrEqual(modularity(graph, singletons) - 1e-12);
        expect(result.modularity).toBeCloseTo(modularity(graph, result.labels), 12);
        const counted = new Int32Array(result.count);
        for (const label of result.labels) counted[label]! += 1;
        expect([...counted]).toEqual([...result.sizes]);
        expect([...result.sizes]).toEqual([...result.sizes].sort((x, y) => y - x));
        for (let l = 1; l < result.levels.length; l += 1) {
          expect(result.levels[l]!.modularity).toBeGreaterThanOrEqual(result.levels[l - 1]!.modularity - 1e-12);
        }
        if (result.levels.length > 0) expect(result.modularity).toBeGreaterThanOrEqual(result.levels.at(-1)!.modularity - 1e-12);
        expect([...louvain(graph, { seed, refine }).labels]).toEqual([...result.labels]);
      }),
    );
  });
});
