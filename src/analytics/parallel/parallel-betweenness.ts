/**
 * Betweenness over several threads: Brandes's per-source sums are independent, so a team of
 * worker threads (betweenness-team.ts) each sums a share of the sources and the sums are
 * added. The result equals the single-threaded one up to the order of floating-point sums.
 * Small graphs, where starting a worker costs more than it saves, stay on the calling thread.
 */
import type { Graph } from '../graph.ts';
import {
  adaptiveBetweenness,
  type AdaptiveBetweennessEstimate,
  type AdaptiveBetweennessOptions,
} from '../metrics/centrality/adaptive-betweenness.ts';
import { allNodes, exactBetweenness, type BetweennessOptions, type BetweennessSums } from '../metrics/centrality/betweenness.ts';
import {
  choosePivots,
  estimateBetweenness,
  type BetweennessEstimate,
  type SampledBetweennessOptions,
} from '../metrics/centrality/sampled-betweenness.ts';
import { BetweennessTeam } from './betweenness-team.ts';

export { deal } from './betweenness-team.ts';

export interface ParallelOptions {
  /** Threads to use, the calling one included. */
  threads?: number;
  /**
   * Below this many arc visits (sources × arcs) one thread does it all. A warm worker
   * (team-worker.ts) costs a copy of the graph, about the time of a million arc visits, so
   * sharing pays from a few million; the first team in a process also waits about 0.15 s for
   * its workers to start.
   */
  minimumWork?: number;
}

export const DEFAULTS: Required<ParallelOptions> = { threads: 2, minimumWork: 5_000_000 };

/** Exact betweenness, the sources split over threads. */
export async function parallelBetweenness(graph: Graph, options: BetweennessOptions & ParallelOptions = {}): Promise<Float64Array> {
  const sums = await parallelBetweennessSums(graph, allNodes(graph.nodeCount), options);
  return exactBetweenness(graph, sums, options);
}

/** Betweenness estimated from k pivots (as `sampledBetweenness`, same pivots for the same seed), split over threads. */
export async function parallelSampledBetweenness(
  graph: Graph,
  options: SampledBetweennessOptions & ParallelOptions = {},
): Promise<BetweennessEstimate> {
  const sums = await parallelBetweennessSums(graph, choosePivots(graph, options), options);
  return estimateBetweenness(graph, sums, options);
}

/** Betweenness with pivots added until the top is ordered (as `adaptiveBetweenness`); one team serves every round. */
export async function parallelAdaptiveBetweenness(
  graph: Graph,
  options: AdaptiveBetweennessOptions & ParallelOptions = {},
): Promise<AdaptiveBetweennessEstimate> {
  const team = openTeam(graph, options, graph.nodeCount);
  try {
    return await adaptiveBetweenness(graph, options, (sources) => team.sums(sources));
  } finally {
    await team.close();
  }
}

/** Brandes's dependency sums over `sources`, computed on up to `threads` threads. */
export async function parallelBetweennessSums(
  graph: Graph,
  sources: Int32Array,
  options: BetweennessOptions & ParallelOptions = {},
): Promise<BetweennessSums> {
  const team = openTeam(graph, options, sources.length);
  try {
    return await team.sums(sources);
  } finally {
    await team.close();
  }
}

/** A team of as many threads as the work is worth: one when `sources` searches are too little work to share. */
function openTeam(graph: Graph, options: BetweennessOptions & ParallelOptions, sources: number): BetweennessTeam {
  const threads = options.threads ?? DEFAULTS.threads;
  if (!(Number.isInteger(threads) && threads >= 1)) {
    throw new Error(`analytics/parallel/parallel-betweenness: threads must be a positive integer, got ${threads}`);
  }
  const work = sources * Math.max(1, graph.out.targets.length);
  const useful = work < (options.minimumWork ?? DEFAULTS.minimumWork) ? 1 : Math.min(threads, Math.max(1, sources));
  return BetweennessTeam.open(graph, { weighted: options.weighted, directed: options.directed, renumber: options.renumber }, useful);
}
