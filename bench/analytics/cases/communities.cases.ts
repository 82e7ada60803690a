/**
 * Louvain communities on the weighted network, against graphology-communities-louvain (its
 * defaults: fast local moves, random walk order, seeded). Agreement is modularity: Kring's
 * must be at least graphology's. graphology's own modularity function also measures Kring's
 * partition, so both figures come from one definition.
 */
import { seededRng } from '../../../src/analytics/random.ts';
import type { MetricCase } from './case.types.ts';

const LABELS = 'louvain-labels';

export const communityCases: MetricCase[] = [
  {
    key: 'louvain',
    label: 'Louvain communities (weighted)',
    agreement: 'modularity',
    inFullSet: true,
    kring: {
      async prepare({ graph, shared, handOver }) {
        const { louvain } = await import('../../../src/analytics/communities/index.ts');
        return () => {
          const result = louvain(graph, { seed: shared.seed });
          return () => {
            handOver.put(LABELS, result.labels);
            return { scalar: result.modularity, note: `${result.count} communities` };
          };
        };
      },
    },
    graphology: {
      async prepare({ graph, shared, handOver }) {
        const imported = await import('graphology-communities-louvain');
        // A CommonJS module: at run time its function is `default`; the typings put it at `default.default`.
        const louvain = imported.default as unknown as typeof imported.default.default;
        const { modularity } = await import('graphology-metrics/graph/index.js');
        const kringLabels = handOver.get(LABELS);
        return () => {
          const result = louvain.detailed(graph, { getEdgeWeight: 'weight', rng: seededRng(shared.seed) });
          return () => {
            const kringQ = kringLabels
              ? modularity(graph, { getNodeCommunity: (node) => kringLabels[Number(node)]!, getEdgeWeight: 'weight' })
              : NaN;
            return {
              scalar: result.modularity,
              note: `${result.count} communities; Kring's partition by graphology's measure: Q ${kringQ.toFixed(4)}`,
            };
          };
        };
      },
    },
  },
];
