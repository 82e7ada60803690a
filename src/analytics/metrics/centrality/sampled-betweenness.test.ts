import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../graph.ts';
import { arbitraryGraph } from '../../fixtures/arbitrary.ts';
import { KARATE_NODE_COUNT, karateEdgeList } from '../../fixtures/karate.ts';
import { betweennessCentrality, betweennessSums } from './betweenness.ts';
import { choosePivots, estimateBetweenness, sampledBetweenness } from './sampled-betweenness.ts';

const karate = buildGraph(KARATE_NODE_COUNT, karateEdgeList());

describe('sampled betweenness (Brandes & Pich)', () => {
  it('equals the exact value, with zero error, when every node is a pivot', () => {
    fc.assert(
      fc.property(arbitraryGraph({ minNodes: 3, maxNodes: 14 }), fc.integer(), ({ n, edges }, seed) => {
        const graph = buildGraph(n, edges);
        const sampled = sampledBetweenness(graph, { pivots: n, seed });
        const exact = betweennessCentrality(graph);
        expect(sampled.pivotCount).toBe(n);
        expect(sampled.errorBound).toBe(0);
        for (let v = 0; v < n; v += 1) {
          expect(Math.abs(sampled.estimate[v]! - exact[v]!)).toBeLessThan(1e-9);
          expect(sampled.standardError[v]).toBe(0);
        }
      }),
    );
  });

  it('is unbiased: averaged over every single-pivot sample it is the exact value', () => {
    const exact = betweennessCentrality(karate);
    const mean = new Float64Array(KARATE_NODE_COUNT);
    for (let s = 0; s < KARATE_NODE_COUNT; s += 1) {
      const { estimate } = estimateBetweenness(karate, betweennessSums(karate, [s]));
      for (let v = 0; v < KARATE_NODE_COUNT; v += 1) mean[v]! += estimate[v]! / KARATE_NODE_COUNT;
    }
    for (let v = 0; v < KARATE_NODE_COUNT; v += 1) expect(mean[v]).toBeCloseTo(exact[v]!, 9);
  });

  it('stays within its stated bound on the karate club, and the error shrinks with more pivots', () => {
    const exact = betweennessCentrality(karate);
    const few = sampledBetweenness(karate, { pivots: 8, seed: 7 });
    const many = sampledBetweenness(karate, { pivots: 24, seed: 7 });
    for (const run of [few, many]) {
      for (let v = 0; v < KARATE_NODE_COUNT; v += 1) expect(Math.abs(run.estimate[v]! - exact[v]!)).toBeLessThanOrEqual(run.errorBound);
    }
    expect(many.errorBound).toBeLessThan(few.errorBound);
    expect(many.standardError[0]!).toBeLessThan(few.standardError[0]!);
    expect(few.standardError[0]!).toBeGreaterThan(0);
    expect(few.confidence).toBe(0.95);
  });

  it('states the Hoeffding–Serfling half-width: n(n−2)·√((1 − (k−1)/n)·ln(2/δ)/(2k)) halved for undirected', () => {
    const k = 10;
    const n = KARATE_NODE_COUNT;
    const { errorBound } = sampledBetweenness(karate, { pivots: k, confidence: 0.9 });
    expect(errorBound).toBeCloseTo(0.5 * n * (n - 2) * Math.sqrt(((1 - (k - 1) / n) * Math.log(2 / 0.1)) / (2 * k)), 9);
  });

  it('repeats itself for a seed and draws distinct pivots', () => {
    const first = choosePivots(karate, { pivots: 10, seed: 42 });
    expect(Array.from(choosePivots(karate, { pivots: 10, seed: 42 }))).toEqual(Array.from(first));
    expect(new Set(first).size).toBe(10);
    expect(Array.from(sampledBetweenness(karate, { pivots: 10, seed: 42 }).estimate)).toEqual(
      Array.from(sampledBetweenness(karate, { pivots: 10, seed: 42 }).estimate),
    );
    expect(choosePivots(karate, { pivots: 100 }).length).toBe(KARATE_NODE_COUNT);
  });

  it('rejects a bad pivot count or confidence with the module path', () => {
    expect(() => sampledBetweenness(karate, { pivots: 0 })).toThrow(/^analytics\/metrics\/centrality\/sampled-betweenness: pivots/);
    expect(() => sampledBetweenness(karate, { confidence: 1 })).toThrow(/confidence must be in \(0, 1\)/);
  });
});
