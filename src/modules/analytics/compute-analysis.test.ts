import { describe, expect, it } from 'vitest';
import { buildNetwork } from '../../analytics/network/index.ts';
import { computeMetrics, EXACT_LIMIT } from './compute-analysis.ts';

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
  it('keeps betweenness exact beyond the size where distances are sampled, while the work allows', () => {
    const metrics = computeMetrics(ring(EXACT_LIMIT + 100));
    expect(metrics.accuracy.betweenness.method).toBe('exact');
    expect(metrics.accuracy.closeness.method).toBe('sampled');
    // On a ring every node lies on the same share of shortest paths.
    const values = metrics.values.betweenness;
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
