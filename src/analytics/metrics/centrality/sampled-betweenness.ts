/**
 * Betweenness estimated from k pivots: Brandes's single-source step from a uniform random
 * sample of k sources, the dependency sums scaled by n/k — an unbiased estimate of the exact
 * value. U. Brandes and C. Pich, "Centrality estimation in large networks", International
 * Journal of Bifurcation and Chaos 17(7):2303–2318, 2007.
 *
 * The error is stated two ways (see sampling.ts): a standard error per node from the spread of
 * its dependencies over the pivots, and one Hoeffding–Serfling half-width that holds for every
 * node with the given confidence (each δ_s(v) lies in [0, n−2]). With k = n every node is a
 * pivot and the estimate is the exact betweenness, with zero error.
 */
import type { Graph } from '../../graph.ts';
import { seededRng, sampleWithoutReplacement, type Rng } from '../../random.ts';
import { betweennessScale, betweennessSums, type BetweennessOptions, type BetweennessSums } from './betweenness.ts';
import { checkConfidence, hoeffdingHalfWidth, standardErrorOfMean } from './sampling.ts';

const MODULE = 'analytics/metrics/centrality/sampled-betweenness';

export interface SampledBetweennessOptions extends BetweennessOptions {
  /** Number of pivots k (capped at n). */
  pivots?: number;
  /** Seed of the pivot sample; ignored when `rng` is given. */
  seed?: number;
  /** A random source of your own. */
  rng?: Rng;
  /** Confidence of `errorBound`. */
  confidence?: number;
}

export const DEFAULTS = { pivots: 256, seed: 1, confidence: 0.95 } as const;

export interface BetweennessEstimate {
  /** Estimated betweenness per node, scaled as the exact one would be. */
  readonly estimate: Float64Array;
  /** Standard error of each node's estimate (0 when every node was a pivot). */
  readonly standardError: Float64Array;
  /** Each node's estimate is within this of the exact value with probability ≥ `confidence`. */
  readonly errorBound: number;
  readonly confidence: number;
  /** The number of pivots k. */
  readonly pivotCount: number;
}

/** Betweenness estimated from `pivots` randomly chosen sources, with its error. */
export function sampledBetweenness(graph: Graph, options: SampledBetweennessOptions = {}): BetweennessEstimate {
  const pivots = choosePivots(graph, options);
  return estimateBetweenness(graph, betweennessSums(graph, pivots, options), options);
}

/** The pivots `sampledBetweenness` would use: k distinct nodes drawn with the seeded rng. */
export function choosePivots(graph: Graph, options: SampledBetweennessOptions = {}): Int32Array {
  const wanted = options.pivots ?? DEFAULTS.pivots;
  if (!(Number.isInteger(wanted) && wanted > 0)) throw new Error(`${MODULE}: pivots must be a positive integer, got ${wanted}`);
  const rng = options.rng ?? seededRng(options.seed ?? DEFAULTS.seed);
  return sampleWithoutReplacement(rng, graph.nodeCount, wanted);
}

/** Scales dependency sums over k random pivots into the estimate and its error. */
export function estimateBetweenness(graph: Graph, sums: BetweennessSums, options: SampledBetweennessOptions = {}): BetweennessEstimate {
  const confidence = options.confidence ?? DEFAULTS.confidence;
  checkConfidence(MODULE, confidence);
  const n = graph.nodeCount;
  const k = sums.sourceCount;
  if (k === 0 && n > 0) throw new Error(`${MODULE}: no pivots were summed`);
  // The estimate of a total is n × the sample mean, then scaled like the exact value.
  const factor = n * betweennessScale(graph, options);
  const estimate = new Float64Array(n);
  const standardError = new Float64Array(n);
  for (let v = 0; v < n; v += 1) {
    estimate[v] = (sums.sums[v]! / k) * factor;
    standardError[v] = standardErrorOfMean(sums.sums[v]!, sums.squares[v]!, k, n) * factor;
  }
  const errorBound = hoeffdingHalfWidth(Math.max(0, n - 2), k, n, confidence) * factor;
  return { estimate, standardError, errorBound, confidence, pivotCount: k };
}
