/**
 * Closeness (Wasserman–Faust) and harmonic centrality in hops: exact from every node, and
 * estimated from 256 sampled sources (Eppstein–Wang), which is what serves 100,000 people.
 * graphology-metrics has closeness only, and no sampling.
 */
import type { ProfessionalNetwork } from '../professional-network.ts';
import { valuesByNode } from '../graphology-network.ts';
import type { MetricCase, Outcome } from './case.types.ts';
import { skipAbove } from './skip.ts';

const SOURCES = 256;
const EXACT_LIMIT = 10_000;
const KRING_EXACT_SKIP = 'O(n·m): about 100× the time at 10,000 people; the sampled estimate serves this size';

function sampleSeed(network: ProfessionalNetwork): number {
  return network.people + 29;
}

function estimateOutcome(result: { estimate: Float64Array; errorBound: number; confidence: number }, what: string): Outcome {
  return { values: result.estimate, note: `stated error ±${result.errorBound.toPrecision(2)} ${what} (${result.confidence * 100}%)` };
}

export const closenessCases: MetricCase[] = [
  {
    key: 'closeness',
    label: 'closeness, exact',
    agreement: 'exact',
    inFullSet: false,
    kring: {
      skip: skipAbove(EXACT_LIMIT, KRING_EXACT_SKIP),
      async prepare({ graph }) {
        const { closenessCentrality } = await import('../../../src/analytics/metrics/centrality/index.ts');
        return () => ({ values: closenessCentrality(graph, { wassermanFaust: true }) });
      },
    },
    graphology: {
      skip: skipAbove(EXACT_LIMIT, 'infeasible (20 s at 10,000 people in the reference, O(n·m): over half an hour)'),
      async prepare({ graph, network }) {
        const { closeness } = await import('graphology-metrics/centrality/index.js');
        return () => ({ values: valuesByNode(network.people, closeness(graph, { wassermanFaust: true })) });
      },
    },
  },
  {
    key: 'harmonic',
    label: 'harmonic, exact',
    agreement: 'none',
    inFullSet: false,
    kring: {
      skip: skipAbove(EXACT_LIMIT, KRING_EXACT_SKIP),
      async prepare({ graph }) {
        const { harmonicCentrality } = await import('../../../src/analytics/metrics/centrality/index.ts');
        return () => ({ values: harmonicCentrality(graph) });
      },
    },
  },
  {
    key: 'closeness-sampled',
    label: `closeness, sampled (${SOURCES} sources)`,
    agreement: 'estimate',
    exactKey: 'closeness',
    inFullSet: true,
    kring: {
      async prepare({ graph, network }) {
        const { sampledCloseness } = await import('../../../src/analytics/metrics/centrality/index.ts');
        return () => {
          const result = sampledCloseness(graph, { sources: SOURCES, seed: sampleSeed(network) });
          return () => estimateOutcome(result, 'of mean distance as a share of the diameter');
        };
      },
    },
  },
  {
    key: 'harmonic-sampled',
    label: `harmonic, sampled (${SOURCES} sources)`,
    agreement: 'estimate',
    exactKey: 'harmonic',
    inFullSet: true,
    kring: {
      async prepare({ graph, network }) {
        const { sampledHarmonic } = await import('../../../src/analytics/metrics/centrality/index.ts');
        return () => {
          const result = sampledHarmonic(graph, { sources: SOURCES, seed: sampleSeed(network) });
          return () => estimateOutcome(result, 'per node');
        };
      },
    },
  },
];
