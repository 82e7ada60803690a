/**
 * Closeness and harmonic centrality estimated from k sampled sources: one shortest-path
 * search from each, every node's sums over the sampled sources standing in for its sums over
 * everyone. D. Eppstein and J. Wang, "Fast approximation of centrality", Journal of Graph
 * Algorithms and Applications 8(1):39–45, 2004: with k = Θ(log n / ε²) sources each node's
 * average distance is within ε·Δ (Δ the diameter) with high probability.
 *
 * For a node v the sampled sources other than v are a simple random sample of the n − 1 others,
 * so its values are means over them (see sampling.ts for the error statements):
 * - harmonic: (n−1) × the mean of 1/d (0 when unreached) — a mean of values in [0, 1], so the
 *   Hoeffding–Serfling bound applies directly: `errorBound` holds for each node;
 * - closeness: a ratio of means (reached share over mean distance), with a standard error by
 *   the delta method, and `errorBound` Eppstein and Wang's ε — in a connected graph the mean
 *   distance to each node is within ε·Δ of the truth with probability ≥ `confidence`.
 */
import type { Graph } from '../../graph.ts';
import { seededRng, sampleWithoutReplacement, type Rng } from '../../random.ts';
import { closenessFrom, distanceSums, DEFAULTS as CLOSENESS_DEFAULTS, type ClosenessOptions, type DistanceSums } from './closeness.ts';
import { checkConfidence, hoeffdingHalfWidth, standardErrorOfMean } from './sampling.ts';

const MODULE = 'analytics/metrics/centrality/sampled-closeness';

export interface SampledClosenessOptions extends ClosenessOptions {
  /** Number of sampled sources k (capped at n). */
  sources?: number;
  /** Seed of the sample; ignored when `rng` is given. */
  seed?: number;
  rng?: Rng;
  /** Confidence of `errorBound`. */
  confidence?: number;
}

export const DEFAULTS = { sources: 256, seed: 1, confidence: 0.95 } as const;

export interface CentralityEstimate {
  readonly estimate: Float64Array;
  /** Standard error per node (0 when every node was a source). */
  readonly standardError: Float64Array;
  /** Harmonic: absolute half-width per node; closeness: ε, the error of mean distance as a share of the diameter. */
  readonly errorBound: number;
  readonly confidence: number;
  /** The number of sampled sources k. */
  readonly sourceCount: number;
}

/** Closeness centrality estimated from `sources` sampled sources, with its error. */
export function sampledCloseness(graph: Graph, options: SampledClosenessOptions = {}): CentralityEstimate {
  return closenessFromSample(graph, sampleDistances(graph, options), options);
}

/** Harmonic centrality estimated from `sources` sampled sources, with its error. */
export function sampledHarmonic(graph: Graph, options: SampledClosenessOptions = {}): CentralityEstimate {
  return harmonicFromSample(graph, sampleDistances(graph, options), options);
}

/** Both estimates from one set of searches: the same sample serves closeness and harmonic centrality. */
export function sampledDistanceCentralities(
  graph: Graph,
  options: SampledClosenessOptions = {},
): { closeness: CentralityEstimate; harmonic: CentralityEstimate } {
  const sample = sampleDistances(graph, options);
  return { closeness: closenessFromSample(graph, sample, options), harmonic: harmonicFromSample(graph, sample, options) };
}

function closenessFromSample(
  graph: Graph,
  { sums, sampled, isSampled, confidence }: DistanceSample,
  options: SampledClosenessOptions,
): CentralityEstimate {
  const wassermanFaust = options.wassermanFaust ?? CLOSENESS_DEFAULTS.wassermanFaust;
  const n = graph.nodeCount;
  const estimate = new Float64Array(n);
  const standardError = new Float64Array(n);
  for (let v = 0; v < n; v += 1) {
    const m = sampled.length - isSampled[v]!;
    if (m === 0) continue;
    // Means over the m sampled others: a = share reaching v, b = distance (0 when unreached).
    const a = sums.reached[v]! / m;
    const b = sums.distance[v]! / m;
    estimate[v] = closenessFrom(a, b, 1, wassermanFaust);
    standardError[v] = ratioStandardError(sums, v, m, n - 1, wassermanFaust ? 2 : 1);
  }
  const errorBound = hoeffdingHalfWidth(1, sampled.length, n, confidence);
  return { estimate, standardError, errorBound, confidence, sourceCount: sampled.length };
}

function harmonicFromSample(
  graph: Graph,
  { sums, sampled, isSampled, confidence }: DistanceSample,
  options: SampledClosenessOptions,
): CentralityEstimate {
  const n = graph.nodeCount;
  const scale = (options.normalized ?? CLOSENESS_DEFAULTS.normalized) ? 1 : n - 1;
  const estimate = new Float64Array(n);
  const standardError = new Float64Array(n);
  for (let v = 0; v < n; v += 1) {
    const m = sampled.length - isSampled[v]!;
    if (m === 0) continue;
    estimate[v] = (sums.inverse[v]! / m) * scale;
    standardError[v] = standardErrorOfMean(sums.inverse[v]!, sums.squaredInverse[v]!, m, n - 1) * scale;
  }
  const errorBound = hoeffdingHalfWidth(1, sampled.length, n, confidence) * scale;
  return { estimate, standardError, errorBound, confidence, sourceCount: sampled.length };
}

/** Distance sums from the sampled sources to every node. */
interface DistanceSample {
  sums: DistanceSums;
  sampled: Int32Array;
  /** 1 for the sampled nodes: their own distance is not among their sums. */
  isSampled: Uint8Array;
  confidence: number;
}

function sampleDistances(graph: Graph, options: SampledClosenessOptions): DistanceSample {
  const wanted = options.sources ?? DEFAULTS.sources;
  if (!(Number.isInteger(wanted) && wanted > 0)) throw new Error(`${MODULE}: sources must be a positive integer, got ${wanted}`);
  const confidence = options.confidence ?? DEFAULTS.confidence;
  checkConfidence(MODULE, confidence);
  const rng = options.rng ?? seededRng(options.seed ?? DEFAULTS.seed);
  const sampled = sampleWithoutReplacement(rng, graph.nodeCount, wanted);
  const isSampled = new Uint8Array(graph.nodeCount);
  for (const v of sampled) isSampled[v] = 1;
  return { sums: distanceSums(graph, sampled, options), sampled, isSampled, confidence };
}

/**
 * Delta-method standard error of g = A^p / B, where A and B are the sample means of a (reached,
 * 0/1) and b (distance, 0 when unreached) over m of the N others. Since a·b = b and a² = a,
 * the sums Σa, Σb and Σb² are all it needs.
 */
function ratioStandardError(sums: DistanceSums, v: number, m: number, population: number, power: number): number {
  if (m >= population) return 0;
  if (m < 2) return Infinity;
  const sumA = sums.reached[v]!;
  const sumB = sums.distance[v]!;
  if (sumB === 0) return 0;
  const meanA = sumA / m;
  const meanB = sumB / m;
  // Gradient of g at the means: ∂g/∂A and ∂g/∂B.
  const gA = (power * meanA ** (power - 1)) / meanB;
  const gB = -(meanA ** power) / (meanB * meanB);
  const sumZ = gA * sumA + gB * sumB;
  const sumZ2 = gA * gA * sumA + 2 * gA * gB * sumB + gB * gB * sums.squaredDistance[v]!;
  return standardErrorOfMean(sumZ, sumZ2, m, population);
}
