/**
 * Betweenness with as many pivots as it takes to rank the top of the list. A fixed number of
 * pivots estimates every node well on average, yet brokers near the top often lie within a
 * few per cent of each other, and 256 pivots put the first of them third. Here pivots are
 * added in doubling rounds, and sampling stops once each of the `top` highest estimates is
 * separated from the next one by z standard errors of their difference — z for the
 * confidence, Bonferroni-corrected over the `top` comparisons — or when every node has been a
 * pivot, which is the exact betweenness.
 *
 * Adaptive sampling for betweenness: D. A. Bader, S. Kintali, K. Madduri and M. Mihail,
 * "Approximating betweenness centrality", WAW 2007, LNCS 4863:124–137 (one node, stopping
 * when its dependency sum crosses a threshold); progressive sampling with a stopping rule:
 * M. Riondato and E. Upfal, "ABRA: approximating betweenness centrality in static and dynamic
 * graphs with Rademacher averages", KDD 2016. The rule here asks for the order of the top,
 * which is what the key-figures list shows.
 *
 * The rounds draw their pivots as successive parts of one seeded random permutation, so the
 * pivots stay a sample without replacement (the finite-population correction applies and
 * reaches zero at k = n), and a round only adds searches: the total work is that of the
 * final number of pivots. The standard error of a difference is taken as √(se_a² + se_b²),
 * which ignores the covariance of two nodes' dependencies on the same pivot; brokers on the
 * same paths covary positively, so for them the rule errs towards more pivots. Looking again
 * after every round (at most log₂(n / initialPivots) + 1 looks) makes the stated confidence
 * approximate; the exact value, when the rule runs to every node, carries none of this.
 */
import type { Graph } from '../../graph.ts';
import { sampleWithoutReplacement, seededRng } from '../../random.ts';
import { addBetweennessSums, betweennessSums, type BetweennessOptions, type BetweennessSums } from './betweenness.ts';
import { estimateBetweenness, type BetweennessEstimate } from './sampled-betweenness.ts';
import { checkConfidence, normalQuantile } from './sampling.ts';

const MODULE = 'analytics/metrics/centrality/adaptive-betweenness';

export interface AdaptiveBetweennessOptions extends BetweennessOptions {
  /** How many of the highest nodes must come out in a separated order. */
  top?: number;
  /** Pivots of the first round; each further round doubles the total. */
  initialPivots?: number;
  /** At most this many pivots in all (by default every node: the exact value). */
  maxPivots?: number;
  /** Seed of the pivot permutation. */
  seed?: number;
  /** Confidence that the whole top comes out in the right order (and of the error bound). */
  confidence?: number;
}

export const DEFAULTS: Required<Pick<AdaptiveBetweennessOptions, 'top' | 'initialPivots' | 'seed' | 'confidence'>> = {
  top: 20,
  initialPivots: 256,
  seed: 1,
  confidence: 0.95,
};

export interface AdaptiveBetweennessEstimate extends BetweennessEstimate {
  /** How many of the top are separated from the next one (`top` when the rule was met). */
  readonly separated: number;
  /** The pivot totals after each round. */
  readonly rounds: readonly number[];
}

/** Dependency sums over a set of sources, on one thread or several. */
export type SumSources = (sources: Int32Array) => BetweennessSums | Promise<BetweennessSums>;

/** Betweenness estimated with pivots added until the top is ordered (see above). */
export async function adaptiveBetweenness(
  graph: Graph,
  options: AdaptiveBetweennessOptions = {},
  sum: SumSources = (sources) => betweennessSums(graph, sources, options),
): Promise<AdaptiveBetweennessEstimate> {
  const settings = { ...DEFAULTS, ...options };
  checkSettings(graph, settings);
  const n = graph.nodeCount;
  const limit = Math.min(n, options.maxPivots ?? n);
  const permutation = sampleWithoutReplacement(seededRng(settings.seed), n, limit);
  const z = normalQuantile(1 - (1 - settings.confidence) / (2 * Math.max(1, settings.top)));
  const rounds: number[] = [];
  let total: BetweennessSums | undefined;
  let taken = 0;
  for (let wanted = Math.min(limit, settings.initialPivots); ; wanted = Math.min(limit, wanted * 2)) {
    const added = await sum(permutation.subarray(taken, wanted));
    total = total ? addBetweennessSums(total, added) : added;
    taken = wanted;
    rounds.push(taken);
    const estimate = estimateBetweenness(graph, total, options);
    const separated = separatedTop(estimate, settings.top, z);
    if (separated === Math.min(settings.top, n) || taken === limit) return { ...estimate, separated, rounds };
  }
}

/**
 * How many of the `top` highest estimates, in order, each stand more than z standard errors
 * of the difference above the next one.
 */
export function separatedTop(estimate: BetweennessEstimate, top: number, z: number): number {
  const wanted = Math.min(top, estimate.estimate.length);
  const order = highest(estimate.estimate, wanted + 1);
  for (let i = 0; i < wanted; i += 1) {
    const a = order[i]!;
    const b = order[i + 1];
    if (b === undefined) return wanted;
    const gap = estimate.estimate[a]! - estimate.estimate[b]!;
    const error = Math.hypot(estimate.standardError[a]!, estimate.standardError[b]!);
    if (!(gap > z * error)) return i;
  }
  return wanted;
}

/** The `count` nodes with the highest values, highest first (ties by node number). */
function highest(values: Float64Array, count: number): number[] {
  const chosen: number[] = [];
  for (let v = 0; v < values.length; v += 1) {
    if (chosen.length === count && !(values[v]! > values[chosen[count - 1]!]!)) continue;
    let i = Math.min(chosen.length, count - 1);
    chosen[i] = v;
    while (i > 0 && values[chosen[i - 1]!]! < values[v]!) {
      chosen[i] = chosen[i - 1]!;
      chosen[i - 1] = v;
      i -= 1;
    }
  }
  return chosen;
}

function checkSettings(graph: Graph, settings: typeof DEFAULTS & AdaptiveBetweennessOptions): void {
  checkConfidence(MODULE, settings.confidence);
  for (const key of ['top', 'initialPivots'] as const) {
    if (!(Number.isInteger(settings[key]) && settings[key] > 0))
      throw new Error(`${MODULE}: ${key} must be a positive integer, got ${settings[key]}`);
  }
  if (settings.maxPivots !== undefined && !(Number.isInteger(settings.maxPivots) && settings.maxPivots > 0)) {
    throw new Error(`${MODULE}: maxPivots must be a positive integer, got ${settings.maxPivots}`);
  }
  if (graph.nodeCount === 0) throw new Error(`${MODULE}: the graph has no nodes`);
}
