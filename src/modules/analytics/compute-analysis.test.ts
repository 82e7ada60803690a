import { describe, expect, it } from 'vitest';
import { buildNetwork } from '../../analytics/network/index.ts';
import { computeMetrics, SAMPLES } from './compute-analysis.ts';

/** A ring of `size` fictional people, each knowing the next. */
function ring(size: number) {
  const people = Array.from({ length: size }, (_, i) => ({ id: `p${i}`, name: `Persoon ${i}` }));
  const relations = people.map((p, i) => ({
    id: `r${i}`,
    from: p.id,
    to: people[(i + 1) % size]!.id,
    type: 'knows',
    directed: false,
    strength: 3,
  }));
  return buildNetwork({ people, organisations: [], affiliations: [], relations }, { projection: 'people' });
}

describe('how the server computes the metric set', () => {
  it('samples each metric beyond its own limit of work, nodes × arcs', () => {
    // A ring of 1,200 has 2,400 arcs: 2,880,000 arc visits for one search from every node.
    const betweennessSampled = computeMetrics(ring(1200), { betweennessWork: 2_800_000, distanceWork: 2_900_000 });
    expect(betweennessSampled.accuracy.betweenness).toMatchObject({ method: 'sampled', samples: SAMPLES.betweenness });
    expect(betweennessSampled.accuracy.closeness.method).toBe('exact');
    const distancesSampled = computeMetrics(ring(1200), { betweennessWork: 2_900_000, distanceWork: 2_800_000 });
    expect(distancesSampled.accuracy.betweenness.method).toBe('exact');
    expect(distancesSampled.accuracy).toMatchObject({
      closeness: { method: 'sampled', samples: SAMPLES.distance },
      harmonic: { method: 'sampled' },
    });
    // On a ring every node lies on the same share of shortest paths.
    const values = distancesSampled.values.betweenness;
    expect(Math.max(...values) - Math.min(...values)).toBeLessThan(1e-9);
  });

  it('computes everything exactly on a small network', () => {
    const metrics = computeMetrics(ring(50));
    expect(metrics.accuracy).toMatchObject({
      betweenness: { method: 'exact' },
      closeness: { method: 'exact' },
      harmonic: { method: 'exact' },
    });
  });
});
