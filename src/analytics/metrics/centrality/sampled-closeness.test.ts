import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../graph.ts';
import { arbitraryGraph } from '../../fixtures/arbitrary.ts';
import { KARATE_NODE_COUNT, karateEdgeList } from '../../fixtures/karate.ts';
import { closenessCentrality, harmonicCentrality } from './closeness.ts';
import { sampledCloseness, sampledDistanceCentralities, sampledHarmonic } from './sampled-closeness.ts';

const karate = buildGraph(KARATE_NODE_COUNT, karateEdgeList());

describe('sampled closeness and harmonic centrality (Eppstein & Wang)', () => {
  it('gives from one shared sample exactly what each estimate gives on its own', () => {
    const options = { sources: 9, seed: 4, normalized: true };
    const both = sampledDistanceCentralities(karate, options);
    const closeness = sampledCloseness(karate, options);
    const harmonic = sampledHarmonic(karate, options);
    expect(Array.from(both.closeness.estimate)).toEqual(Array.from(closeness.estimate));
    expect(Array.from(both.closeness.standardError)).toEqual(Array.from(closeness.standardError));
    expect(Array.from(both.harmonic.estimate)).toEqual(Array.from(harmonic.estimate));
    expect(both.harmonic.errorBound).toBe(harmonic.errorBound);
    expect(both.closeness.sourceCount).toBe(9);
  });

  it('equal the exact values, with zero error, when every node is a source', () => {
    fc.assert(
      fc.property(arbitraryGraph({ minNodes: 2, maxEdges: 30 }), fc.boolean(), ({ n, edges }, wassermanFaust) => {
        const graph = buildGraph(n, edges);
        const closeness = sampledCloseness(graph, { sources: n, wassermanFaust });
        const harmonic = sampledHarmonic(graph, { sources: n });
        const exactCloseness = closenessCentrality(graph, { wassermanFaust });
        const exactHarmonic = harmonicCentrality(graph);
        expect(closeness.errorBound).toBe(0);
        for (let v = 0; v < n; v += 1) {
          expect(Math.abs(closeness.estimate[v]! - exactCloseness[v]!)).toBeLessThan(1e-9);
          expect(Math.abs(harmonic.estimate[v]! - exactHarmonic[v]!)).toBeLessThan(1e-9);
          expect(closeness.standardError[v]).toBe(0);
          expect(harmonic.standardError[v]).toBe(0);
        }
      }),
    );
  });

  it('estimates harmonic centrality without bias: the mean over every single-source sample is exact', () => {
    const n = KARATE_NODE_COUNT;
    const exact = harmonicCentrality(karate);
    const mean = new Float64Array(n);
    for (let s = 0; s < n; s += 1) {
      // An rng whose first draw picks node s: a sample of one source, s.
      const { estimate } = sampledHarmonic(karate, { sources: 1, rng: () => (s + 0.5) / n });
      // Node s itself is not estimated by its own search; the other n − 1 samples cover it.
      for (let v = 0; v < n; v += 1) if (v !== s) mean[v]! += estimate[v]! / (n - 1);
    }
    for (let v = 0; v < n; v += 1) expect(mean[v]).toBeCloseTo(exact[v]!, 9);
  });

  it('stays within the stated harmonic bound on the karate club; more sources, less error', () => {
    const exact = harmonicCentrality(karate);
    const few = sampledHarmonic(karate, { sources: 6, seed: 3 });
    const many = sampledHarmonic(karate, { sources: 20, seed: 3 });
    for (const run of [few, many]) {
      for (let v = 0; v < KARATE_NODE_COUNT; v += 1) expect(Math.abs(run.estimate[v]! - exact[v]!)).toBeLessThanOrEqual(run.errorBound);
    }
    expect(many.errorBound).toBeLessThan(few.errorBound);
    expect(few.sourceCount).toBe(6);
  });

  it('gives closeness estimates near the truth with a positive standard error', () => {
    const exact = closenessCentrality(karate);
    const run = sampledCloseness(karate, { sources: 17, seed: 5 });
    for (let v = 0; v < KARATE_NODE_COUNT; v += 1) {
      expect(run.standardError[v]!).toBeGreaterThan(0);
      // Karate's diameter is 5; the mean distance is within ε·5, so closeness is near.
      expect(Math.abs(1 / run.estimate[v]! - 1 / exact[v]!)).toBeLessThanOrEqual(run.errorBound * 5);
    }
  });

  it('rejects a bad source count with the module path', () => {
    expect(() => sampledCloseness(karate, { sources: 1.5 })).toThrow(/^analytics\/metrics\/centrality\/sampled-closeness: sources/);
  });
});
