/**
 * Arc lengths for influence paths, computed once per network and reused by every query.
 *
 * The length of a hop over tie t is
 *
 *   length(t) = (1 / weight(t) + hopCost) × staleness(t)
 *
 * - weight is the tie's graph weight: by default the relation's strength 1–5, so a
 *   strength-5 tie costs 0.2 and a strength-1 tie 1, plus `hopCost` (0.25) for the hop
 *   itself: two strong hops (2 × 0.45) beat one weak direct tie (1.25), three do not
 *   (1.35) — an introduction costs something however warm it is;
 * - staleness = 1 + stalePerYear × min(maxStaleYears, max(0, years since the last
 *   interaction − graceYears)), measured on `asOf`: a tie untouched for more than half a
 *   year grows 50% longer per year, up to 3× after four years. Without `asOf`, or for a
 *   tie with no known interaction date, staleness is 1 (unknown is not held against it).
 * Between two nodes with several ties the shortest tie counts, and it is the one a hop
 * names. With `direction: 'out'` a directed tie can only be walked from its source to its
 * target; with `'undirected'` (the default) every tie works both ways, because both ends
 * of "advises" or "reports to" know each other.
 */
import { findArc, type Adjacency } from '../graph.ts';
import { withDefaults } from '../network/network-options.ts';
import type { Network } from '../network/network.types.ts';

export type PathDirection = 'undirected' | 'out';

export interface PathLengthOptions {
  direction?: PathDirection;
  /** Added to every hop's 1/weight. */
  hopCost?: number;
  /** The ISO date staleness is measured on; null: no staleness. */
  asOf?: string | null;
  /** Years without interaction before a tie starts to count as stale. */
  graceYears?: number;
  /** Extra length per stale year, as a fraction of the fresh length. */
  stalePerYear?: number;
  /** Staleness stops growing after this many stale years. */
  maxStaleYears?: number;
}

export const PATH_LENGTH_DEFAULTS: Required<PathLengthOptions> = {
  direction: 'undirected',
  hopCost: 0.25,
  asOf: null,
  graceYears: 0.5,
  stalePerYear: 0.5,
  maxStaleYears: 4,
};

/** The arcs a path search follows forwards and backwards, with each arc's length and tie. */
export interface PathIndex {
  readonly nodeCount: number;
  readonly direction: PathDirection;
  readonly forward: Adjacency;
  readonly forwardLength: Float64Array;
  /** The tie that gives each forward arc its length. */
  readonly forwardTie: Int32Array;
  /** Arcs into each node (the transpose of `forward`; the same arrays when undirected). */
  readonly backward: Adjacency;
  readonly backwardLength: Float64Array;
  readonly settings: Required<PathLengthOptions>;
}

/**
 * Days since 1970-01-01 of an ISO date or timestamp (its first ten characters), read digit
 * by digit: a million ties would spend most of their time in `Date.parse`. NaN when absent.
 */
export function dayNumber(iso: string | null): number {
  if (!iso || iso.length < 10) return NaN;
  const year = digitsAt(iso, 0, 4);
  const month = digitsAt(iso, 5, 2);
  const day = digitsAt(iso, 8, 2);
  // Days from civil (H. Hinnant's algorithm), exact for the proleptic Gregorian calendar.
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

/** The decimal number written in `count` characters from `start` (no closure: this runs a million times). */
function digitsAt(text: string, start: number, count: number): number {
  let value = 0;
  for (let i = start; i < start + count; i += 1) value = value * 10 + text.charCodeAt(i) - 48;
  return value;
}

/** Years between two ISO dates (or timestamps); NaN when either is missing. */
export function yearsBetween(earlier: string | null, later: string | null): number {
  return (dayNumber(later) - dayNumber(earlier)) / 365.25;
}

/** The length of a hop over tie t (see the file header). */
export function tieLength(network: Network, t: number, settings: Required<PathLengthOptions>): number {
  const fresh = 1 / network.ties.weight[t]! + settings.hopCost;
  const age = yearsBetween(network.ties.lastInteraction[t]!, settings.asOf);
  if (!(age > settings.graceYears)) return fresh;
  return fresh * (1 + settings.stalePerYear * Math.min(settings.maxStaleYears, age - settings.graceYears));
}

/** Computes every arc's length and best tie once, for many path queries. */
export function preparePaths(network: Network, options: PathLengthOptions = {}): PathIndex {
  const settings = resolvePathLengthOptions(options);
  const { graph, ties, tiesByArc } = network;
  const n = graph.nodeCount;
  const pairs = graph.undirected;
  const lengthOfTie = new Float64Array(ties.count);
  for (let t = 0; t < ties.count; t += 1) lengthOfTie[t] = tieLength(network, t, settings);

  const directed = settings.direction === 'out';
  const forward = directed ? graph.out : pairs;
  const backward = directed ? graph.in : pairs;
  const forwardLength = new Float64Array(forward.targets.length).fill(Infinity);
  const forwardTie = new Int32Array(forward.targets.length).fill(-1);
  const backwardLength = directed ? new Float64Array(backward.targets.length).fill(Infinity) : forwardLength;
  for (let u = 0; u < n; u += 1) {
    for (let pair = pairs.offsets[u]!; pair < pairs.offsets[u + 1]!; pair += 1) {
      const v = pairs.targets[pair]!;
      let best = -1;
      for (let i = tiesByArc.offsets[pair]!; i < tiesByArc.offsets[pair + 1]!; i += 1) {
        const t = tiesByArc.items[i]!;
        if (directed && ties.directed[t] === 1 && ties.from[t] !== u) continue;
        if (best < 0 || lengthOfTie[t]! < lengthOfTie[best]!) best = t;
      }
      if (best < 0) continue;
      const arc = directed ? findArc(forward, u, v) : pair;
      forwardLength[arc] = lengthOfTie[best]!;
      forwardTie[arc] = best;
      if (directed) backwardLength[findArc(backward, v, u)] = lengthOfTie[best]!;
    }
  }
  return { nodeCount: n, direction: settings.direction, forward, forwardLength, forwardTie, backward, backwardLength, settings };
}

function resolvePathLengthOptions(options: PathLengthOptions): Required<PathLengthOptions> {
  const settings = withDefaults(PATH_LENGTH_DEFAULTS, options);
  const problems: string[] = [];
  if (settings.direction !== 'undirected' && settings.direction !== 'out') problems.push('direction must be undirected or out');
  for (const key of ['hopCost', 'graceYears', 'stalePerYear', 'maxStaleYears'] as const) {
    if (!(Number.isFinite(settings[key]) && settings[key] >= 0)) problems.push(`${key} must be a number of at least 0`);
  }
  if (settings.asOf !== null && !/^\d{4}-\d{2}-\d{2}$/.test(settings.asOf)) problems.push('asOf must be YYYY-MM-DD');
  if (problems.length > 0) throw new Error(`analytics/influence/path-index: ${problems.join('; ')}`);
  return settings;
}
