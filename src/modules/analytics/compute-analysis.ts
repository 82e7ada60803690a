/**
 * Computes the full metric set of a built network with the algorithms of `src/analytics`:
 * which algorithm, which options, exact or sampled. Runs in the worker thread.
 */
import type { Graph } from '../../analytics/graph.ts';
import { betweennessCentrality } from '../../analytics/metrics/centrality/betweenness.ts';
import { closenessCentrality, harmonicCentrality } from '../../analytics/metrics/centrality/closeness.ts';
import { degreeCentrality, strengthCentrality } from '../../analytics/metrics/centrality/degree.ts';
import { eigenvectorCentrality } from '../../analytics/metrics/centrality/eigenvector.ts';
import { pagerank } from '../../analytics/metrics/centrality/pagerank.ts';
import { sampledBetweenness } from '../../analytics/metrics/centrality/sampled-betweenness.ts';
import { sampledDistanceCentralities } from '../../analytics/metrics/centrality/sampled-closeness.ts';
import {
  articulationPoints,
  bridges,
  clustering,
  connectedComponents,
  coreNumbers,
  structuralHoles,
  type ArticulationPoints,
} from '../../analytics/metrics/structure/index.ts';
import type { Network } from '../../analytics/network/index.ts';
import { metricNames, type Accuracy, type MetricName } from './analysis.types.ts';

/**
 * When the metrics are exact (one search from every node) rather than estimated from random
 * sources with the error stated, at most so many arc visits in all (nodes × arcs):
 * - betweenness is what people sort by to find brokers, and samples reorder the top of that
 *   list (256 pivots at 10,000 people put the first broker third), so it stays exact up to
 *   some 15,000 people with 75,000 relations, about ten seconds in the background (4.3 s at
 *   10,000 people);
 * - closeness and harmonic centrality search 32 sources at once (multi-source-bfs.ts), so
 *   they stay exact about four times further: some 20,000 people, a few seconds.
 */
export interface ExactLimits {
  betweennessWork: number;
  distanceWork: number;
}
export const EXACT_LIMITS: ExactLimits = { betweennessWork: 2.4e9, distanceWork: 4e9 };
/**
 * Pivots and sources beyond the limits. A distance search costs a thirty-second of a
 * betweenness search (32 sources per search), so closeness gets twice the sources for a
 * sixteenth of the time: at 100,000 people, about 1.6 s for 1,024 sources.
 */
export const SAMPLES = { betweenness: 512, distance: 1024 } as const;
/** A fixed seed, so the same network always gets the same estimates and communities. */
export const SEED = 20_261_127;

export interface ComputedMetrics {
  values: Record<MetricName, Float64Array>;
  order: Record<MetricName, Int32Array>;
  rank: Record<MetricName, Int32Array>;
  betweennessError: Float64Array;
  isArticulationPoint: Uint8Array;
  /** The cut points with the pieces their leaving splits off, behind isArticulationPoint and cutOff; what-if queries search them. */
  cutPoints: ArticulationPoints;
  accuracy: { betweenness: Accuracy; closeness: Accuracy; harmonic: Accuracy };
  summary: { components: number; largestComponent: number; averageClustering: number; transitivity: number; maxCore: number };
}

/**
 * The undirected view as a graph of its own: brokerage and distance treat a tie as a
 * channel both ways (an adviser hears from the advised), so betweenness, closeness,
 * degree and strength read it; PageRank and in/out degree keep the direction.
 */
function undirectedView(graph: Graph): Graph {
  return { nodeCount: graph.nodeCount, directed: false, out: graph.undirected, in: graph.undirected, undirected: graph.undirected };
}

const exact: Accuracy = { method: 'exact', samples: null, errorBound: 0, confidence: null };

/** Every metric of every node, with ascending orders and ranks for sorting and paging. */
export function computeMetrics(network: Pick<Network, 'graph'>, limits: ExactLimits = EXACT_LIMITS): ComputedMetrics {
  const graph = network.graph;
  const both = undirectedView(graph);
  const n = graph.nodeCount;
  const work = n * both.out.targets.length;
  const large = work > limits.distanceWork;
  const exactBrokers = work <= limits.betweennessWork;
  const sampling = { pivots: SAMPLES.betweenness, sources: SAMPLES.distance, seed: SEED, normalized: true };

  const betweenness = exactBrokers ? undefined : sampledBetweenness(both, sampling);
  // One set of searches serves both distance measures.
  const distances = large ? sampledDistanceCentralities(both, sampling) : undefined;
  const closeness = distances?.closeness;
  const harmonic = distances?.harmonic;
  const cuts = articulationPoints(graph);
  const bridged = bridges(graph);
  const clusters = clustering(graph);
  const cores = coreNumbers(graph);
  const holes = structuralHoles(graph);
  const components = connectedComponents(graph);

  const values: Record<MetricName, Float64Array> = {
    degree: degreeCentrality(both),
    inDegree: degreeCentrality(graph, { mode: 'in' }),
    outDegree: degreeCentrality(graph, { mode: 'out' }),
    strength: strengthCentrality(both),
    pageRank: converged(() => pagerank(graph), n),
    betweenness: betweenness?.estimate ?? betweennessCentrality(both, { normalized: true }),
    closeness: closeness?.estimate ?? closenessCentrality(both),
    harmonic: harmonic?.estimate ?? harmonicCentrality(both, { normalized: true }),
    eigenvector: converged(() => eigenvectorCentrality(graph), n),
    clustering: clusters.coefficients,
    coreNumber: Float64Array.from(cores.core),
    constraint: holes.constraint,
    effectiveSize: holes.effectiveSize,
    bridgeCount: Float64Array.from(bridged.bridgeCount),
    cutOff: Float64Array.from(cuts.cutOff),
  };
  const order = {} as Record<MetricName, Int32Array>;
  const rank = {} as Record<MetricName, Int32Array>;
  for (const name of metricNames) {
    order[name] = ascendingOrder(values[name]);
    rank[name] = descendingRanks(values[name], order[name]);
  }
  const sampled = (estimate: { errorBound: number; confidence: number }, samples: number): Accuracy => ({
    method: 'sampled',
    samples,
    errorBound: estimate.errorBound,
    confidence: estimate.confidence,
  });
  return {
    values,
    order,
    rank,
    betweennessError: betweenness?.standardError ?? new Float64Array(n),
    isArticulationPoint: cuts.isCut,
    cutPoints: cuts,
    accuracy: {
      betweenness: betweenness ? sampled(betweenness, betweenness.pivotCount) : exact,
      closeness: closeness ? sampled(closeness, closeness.sourceCount) : exact,
      harmonic: harmonic ? sampled(harmonic, harmonic.sourceCount) : exact,
    },
    summary: {
      components: components.count,
      largestComponent: components.sizes[0] ?? 0,
      averageClustering: clusters.average,
      transitivity: clusters.transitivity,
      maxCore: cores.maxCore,
    },
  };
}

/** A power-iteration metric, or NaN everywhere when it does not converge (answered as null). */
function converged(compute: () => Float64Array, n: number): Float64Array {
  try {
    return compute();
  } catch {
    return new Float64Array(n).fill(Number.NaN);
  }
}

/** Node indices sorted by value ascending (NaN first), ties by index. */
export function ascendingOrder(values: Float64Array): Int32Array {
  const order = new Int32Array(values.length);
  for (let i = 0; i < order.length; i += 1) order[i] = i;
  const key = (v: number) => (Number.isNaN(values[v]!) ? Number.NEGATIVE_INFINITY : values[v]!);
  return order.sort((a, b) => key(a) - key(b) || a - b);
}

/** Competition ranks (1 for the highest; equal values share a rank) from the ascending order. */
export function descendingRanks(values: Float64Array, order: Int32Array): Int32Array {
  const rank = new Int32Array(values.length);
  let previous = Number.NaN;
  let current = 0;
  for (let position = order.length - 1, seen = 1; position >= 0; position -= 1, seen += 1) {
    const v = order[position]!;
    if (values[v] !== previous) current = seen;
    previous = values[v]!;
    rank[v] = current;
  }
  return rank;
}
