/**
 * The full metric set as the server computes it for one network (src/modules/analytics):
 * every metric of `computeMetrics` — betweenness exact while the work allows and sampled
 * above, closeness and harmonic centrality exact up to a few thousand nodes and estimated from
 * one shared sample above — and the Louvain communities, on one thread, as the server's
 * compute worker runs them. graphology has no counterpart to time as a whole.
 */
import type { MetricCase } from './case.types.ts';

export const FULL_SET_KEY = 'full-set';

export const fullSetCases: MetricCase[] = [
  {
    key: FULL_SET_KEY,
    label: 'full metric set, as the server computes it',
    agreement: 'none',
    inFullSet: false,
    kring: {
      async prepare({ graph }) {
        const { computeMetrics, SEED } = await import('../../../src/modules/analytics/compute-analysis.ts');
        const { louvain } = await import('../../../src/analytics/communities/index.ts');
        return () => {
          const metrics = computeMetrics({ graph });
          const communities = louvain(graph, { seed: SEED });
          return () => {
            const { betweenness, closeness } = metrics.accuracy;
            const how = (accuracy: typeof betweenness) => (accuracy.method === 'exact' ? 'exact' : `${accuracy.samples} samples`);
            return { note: `betweenness ${how(betweenness)}, closeness and harmonic ${how(closeness)}; ${communities.count} communities` };
          };
        };
      },
    },
  },
];
