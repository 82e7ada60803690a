/**
 * Betweenness over several threads: Brandes's per-source sums are independent, so the
 * sources are dealt round-robin into `threads` shares (neighbouring ids often sit in the
 * same component, and dealing keeps the shares alike), `threads − 1` shares run in
 * `node:worker_threads` workers while the calling thread runs the first, and the sums are
 * added. The result equals the single-threaded one up to the order of floating-point sums.
 * Small graphs, where starting a worker costs more than it saves, stay on the calling thread.
 */
import { Worker } from 'node:worker_threads';
import type { Graph } from '../graph.ts';
import {
  addBetweennessSums,
  allNodes,
  betweennessSums,
  exactBetweenness,
  type BetweennessOptions,
  type BetweennessSums,
} from '../metrics/centrality/betweenness.ts';
import {
  choosePivots,
  estimateBetweenness,
  type BetweennessEstimate,
  type SampledBetweennessOptions,
} from '../metrics/centrality/sampled-betweenness.ts';

const MODULE = 'analytics/parallel/parallel-betweenness';

export interface ParallelOptions {
  /** Threads to use, the calling one included. */
  threads?: number;
  /** Below this many arc visits (sources × arcs) one thread does it all. */
  minimumWork?: number;
}

export const DEFAULTS: Required<ParallelOptions> = { threads: 2, minimumWork: 20_000_000 };

/** What a worker is sent. */
export interface ShareRequest {
  readonly graph: Graph;
  readonly sources: Int32Array;
  readonly options: Pick<BetweennessOptions, 'weighted' | 'directed'>;
}

/** What a worker sends back. */
export interface ShareResult {
  readonly sums: Float64Array;
  readonly squares: Float64Array;
  readonly sourceCount: number;
}

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

/** Brandes's dependency sums over `sources`, computed on up to `threads` threads. */
export async function parallelBetweennessSums(
  graph: Graph,
  sources: Int32Array,
  options: BetweennessOptions & ParallelOptions = {},
): Promise<BetweennessSums> {
  const threads = options.threads ?? DEFAULTS.threads;
  if (!(Number.isInteger(threads) && threads >= 1)) throw new Error(`${MODULE}: threads must be a positive integer, got ${threads}`);
  const work = sources.length * Math.max(1, graph.out.targets.length);
  const useful = work < (options.minimumWork ?? DEFAULTS.minimumWork) ? 1 : Math.min(threads, sources.length);
  const shares = deal(sources, useful);
  const searchOptions = { weighted: options.weighted, directed: options.directed };
  const pending = shares.slice(1).map((share) => runShare({ graph, sources: share, options: searchOptions }));
  // The calling thread works on its share while the workers work on theirs.
  const own = betweennessSums(graph, shares[0]!, searchOptions);
  const results = await Promise.all(pending);
  return results.reduce<BetweennessSums>((total, result) => addBetweennessSums(total, { ...result }), own);
}

/** Deals the sources round-robin into `count` shares. */
export function deal(sources: Int32Array, count: number): Int32Array[] {
  return Array.from({ length: count }, (_, share) => {
    const taken = new Int32Array(Math.ceil((sources.length - share) / count));
    for (let i = 0; i < taken.length; i += 1) taken[i] = sources[share + i * count]!;
    return taken;
  });
}

function runShare(request: ShareRequest): Promise<ShareResult> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./betweenness.worker-boot.js', import.meta.url));
    let settled = false;
    worker.once('message', (result: ShareResult) => {
      settled = true;
      resolve(result);
      void worker.terminate();
    });
    worker.once('error', (error) => {
      settled = true;
      reject(new Error(`${MODULE}: a worker failed: ${error.message}`));
    });
    worker.once('exit', (code) => {
      if (!settled) reject(new Error(`${MODULE}: a worker stopped (exit code ${code}) before answering`));
    });
    worker.postMessage(request);
  });
}
