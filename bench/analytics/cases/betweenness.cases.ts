/**
 * Betweenness: exact (Brandes from every node) and sampled (Brandes–Pich pivots), unweighted
 * on both sides (graphology-metrics reads `weight` as a distance unless `getEdgeWeight: null`).
 */
import type { ProfessionalNetwork } from '../professional-network.ts';
import { valuesByNode } from '../graphology-network.ts';
import type { MetricCase } from './case.types.ts';
import { graphologyPivotBetweenness } from './graphology-pivots.ts';
import { skipAbove } from './skip.ts';

/** The reference figures use 256 pivots. */
const PIVOTS = 256;
const TOP = 20;
const EXACT_LIMIT = 10_000;
const pivotFile = `pivots-${PIVOTS}`;

function pivotSeed(network: ProfessionalNetwork): number {
  return network.people + 17;
}

export const betweennessCases: MetricCase[] = [
  {
    key: 'betweenness',
    label: 'betweenness, exact',
    agreement: 'exact',
    inFullSet: false,
    kring: {
      skip: skipAbove(EXACT_LIMIT, 'O(n·m): about 100× the time at 10,000 people; the sampled estimate serves this size'),
      async prepare({ graph }) {
        const { betweennessCentrality } = await import('../../../src/analytics/metrics/centrality/index.ts');
        return () => ({ values: betweennessCentrality(graph) });
      },
    },
    graphology: {
      skip: skipAbove(EXACT_LIMIT, 'infeasible (53 s at 10,000 people in the reference, O(n·m): well over an hour)'),
      async prepare({ graph, network }) {
        const { betweenness } = await import('graphology-metrics/centrality/index.js');
        return () => ({ values: valuesByNode(network.people, betweenness(graph, { getEdgeWeight: null, normalized: false })) });
      },
    },
  },
  {
    key: 'betweenness-sampled',
    label: `betweenness, sampled (${PIVOTS} pivots)`,
    agreement: 'estimate',
    exactKey: 'betweenness',
    inFullSet: true,
    kring: {
      async prepare({ graph, network, handOver }) {
        const { sampledBetweenness, choosePivots } = await import('../../../src/analytics/metrics/centrality/index.ts');
        const options = { pivots: PIVOTS, seed: pivotSeed(network) };
        handOver.put(pivotFile, choosePivots(graph, options));
        return () => {
          const result = sampledBetweenness(graph, options);
          return () => ({
            values: result.estimate,
            note: `stated error ±${result.errorBound.toPrecision(2)} (${result.confidence * 100}%)`,
          });
        };
      },
    },
    graphology: {
      async prepare({ graph, handOver }) {
        const pivots = handOver.get(pivotFile);
        if (!pivots) throw new Error("needs Kring's pivots (run betweenness-sampled for Kring first)");
        return () => ({ values: graphologyPivotBetweenness(graph, pivots) });
      },
    },
  },
  {
    key: 'betweenness-2-threads',
    label: 'betweenness, exact, 2 threads',
    agreement: 'exact',
    threads: 2,
    compareAs: 'betweenness',
    inFullSet: false,
    kring: {
      skip: skipAbove(EXACT_LIMIT, 'O(n·m): about 100× the time at 10,000 people; the sampled estimate serves this size'),
      async prepare({ graph }) {
        const { parallelBetweenness } = await import('../../../src/analytics/parallel/parallel-betweenness.ts');
        return async () => ({ values: await parallelBetweenness(graph, { threads: 2 }) });
      },
    },
  },
  {
    key: 'betweenness-sampled-2-threads',
    label: `betweenness, sampled (${PIVOTS} pivots), 2 threads`,
    agreement: 'estimate',
    exactKey: 'betweenness',
    threads: 2,
    compareAs: 'betweenness-sampled',
    inFullSet: false,
    kring: {
      async prepare({ graph, network }) {
        const { parallelSampledBetweenness } = await import('../../../src/analytics/parallel/parallel-betweenness.ts');
        return async () => ({
          values: (await parallelSampledBetweenness(graph, { pivots: PIVOTS, seed: pivotSeed(network), threads: 2 })).estimate,
        });
      },
    },
  },
  {
    key: 'betweenness-pivots',
    label: `betweenness, adaptive pivots for the exact top ${TOP}, 2 threads`,
    agreement: 'estimate',
    exactKey: 'betweenness',
    threads: 2,
    inFullSet: false,
    kring: {
      skip: skipAbove(EXACT_LIMIT, 'the top of 100,000 people is not ordered short of most nodes as pivots (O(n·m))'),
      async prepare({ graph, network }) {
        const { parallelAdaptiveBetweenness } = await import('../../../src/analytics/parallel/parallel-betweenness.ts');
        return async () => {
          const result = await parallelAdaptiveBetweenness(graph, { top: TOP, seed: pivotSeed(network), threads: 2 });
          const how =
            result.pivotCount === network.people ? 'every node, so exact' : `stated error ±${result.errorBound.toPrecision(2)} (95%)`;
          return {
            values: result.estimate,
            note: `${result.pivotCount} pivots (rounds ${result.rounds.join(', ')}; ${how}); top ${result.separated}/${TOP} separated by the stopping rule`,
          };
        };
      },
    },
  },
];
