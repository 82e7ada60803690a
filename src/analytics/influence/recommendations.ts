/**
 * Recommendations for the user: decision-makers not yet within reach, brokers worth
 * meeting, and strong ties going stale. Each takes what the metrics modules computed
 * (community labels, betweenness or constraint) as plain arrays, so the answers cost
 * milliseconds once those are cached.
 *
 * Brokers: R. S. Burt, "Structural holes and good ideas", American Journal of Sociology
 * 110(2):349–399, 2004 — people whose ties span otherwise separate groups hear of and can
 * carry more; betweenness (L. C. Freeman, Sociometry 40(1), 1977) or low constraint marks
 * them, and ties into two or more communities confirm it.
 */
import { describeTie, type TieDescription } from '../network/explain-ties.ts';
import { withDefaults } from '../network/network-options.ts';
import { NODE_PERSON, TIE_RELATION, type Network } from '../network/network.types.ts';
import { dayNumber } from './path-index.ts';
import { shareWithin } from './reach.ts';
import { checkNode, named, type NamedNode } from './tie-summary.ts';
import { TopList } from './top-list.ts';

export interface UnreachedOptions {
  /** Within this many steps counts as reached. */
  steps?: number;
  /** How far to look for the distance of those not reached. */
  horizon?: number;
  direction?: 'undirected' | 'out';
}

export const UNREACHED_DEFAULTS: Required<UnreachedOptions> = { steps: 2, horizon: 4, direction: 'undirected' };

export interface UnreachedDecisionMaker {
  readonly node: NamedNode;
  /** Steps from the source, or null when further than `horizon` or out of reach. */
  readonly distance: number | null;
}

/** The decision-makers (node indices) not within `steps` of the source, closest first. */
export function unreachedDecisionMakers(
  network: Network,
  source: number,
  decisionMakers: ArrayLike<number>,
  options: UnreachedOptions = {},
): UnreachedDecisionMaker[] {
  const settings = withDefaults(UNREACHED_DEFAULTS, options);
  if (!(settings.horizon >= settings.steps)) throw new Error('analytics/influence/recommendations: horizon must not be below steps');
  const { missed } = shareWithin(network, source, decisionMakers, { steps: settings.steps, direction: settings.direction });
  const further = shareWithin(network, source, missed, { steps: settings.horizon, direction: settings.direction });
  const distanceOf = new Map<number, number>();
  further.reached.forEach((v, i) => distanceOf.set(v, further.distances[i]!));
  return [...missed]
    .map((v) => ({ node: named(network, v), distance: distanceOf.get(v) ?? null }))
    .sort((x, y) => (x.distance ?? Infinity) - (y.distance ?? Infinity) || x.node.name.localeCompare(y.node.name));
}

/** What the metrics modules computed, one entry per node. */
export interface BrokerMetrics {
  /** By node: its community (e.g. Louvain's labels). */
  readonly communities: ArrayLike<number>;
  /** By node: its brokerage score (betweenness, or Burt's constraint with `higherIsBetter: false`). */
  readonly scores: ArrayLike<number>;
}

export interface BrokerOptions {
  higherIsBetter?: boolean;
  /** A broker's ties must reach at least this many communities (its own included). */
  minCommunities?: number;
  peopleOnly?: boolean;
  limit?: number;
}

export const BROKER_DEFAULTS: Required<BrokerOptions> = { higherIsBetter: true, minCommunities: 2, peopleOnly: true, limit: 10 };

export interface BrokerRecommendation {
  readonly node: NamedNode;
  readonly score: number;
  /** The communities its ties reach, its own first. */
  readonly communities: number[];
  /** Steps from the source (2 or 3), or null when further or out of reach. */
  readonly distance: number | null;
}

/** The best brokers between communities that the source has no tie to yet. */
export function brokersToMeet(
  network: Network,
  source: number,
  metrics: BrokerMetrics,
  options: BrokerOptions = {},
): BrokerRecommendation[] {
  const settings = withDefaults(BROKER_DEFAULTS, options);
  const { communities, scores } = metrics;
  checkNode(network, source, 'source', 'recommendations');
  const n = network.graph.nodeCount;
  if (communities.length !== n || scores.length !== n) {
    throw new Error('analytics/influence/recommendations: communities and scores must have one entry per node');
  }
  const { offsets, targets } = network.graph.undirected;
  const contact = new Uint8Array(n);
  contact[source] = 1;
  for (let a = offsets[source]!; a < offsets[source + 1]!; a += 1) contact[targets[a]!] = 1;
  const sign = settings.higherIsBetter ? 1 : -1;

  const top = new TopList(settings.limit);
  const reachedBy = new Map<number, number[]>();
  for (let v = 0; v < n; v += 1) {
    const score = scores[v]!;
    if (contact[v] || Number.isNaN(score) || (settings.peopleOnly && network.nodeKinds[v] !== NODE_PERSON)) continue;
    if (!top.accepts(sign * score)) continue;
    const reached = communitiesReached(network, v, communities);
    if (reached.length < settings.minCommunities) continue;
    reachedBy.set(v, reached);
    top.add(sign * score, v);
  }
  const chosen = top.toArray();
  const near = shareWithin(network, source, chosen, { steps: 3 });
  const distanceOf = new Map<number, number>();
  near.reached.forEach((v, i) => distanceOf.set(v, near.distances[i]!));
  return chosen.map((v) => ({
    node: named(network, v),
    score: scores[v]!,
    communities: reachedBy.get(v)!,
    distance: distanceOf.get(v) ?? null,
  }));
}

/** The distinct communities of v and its neighbours, v's own first. */
function communitiesReached(network: Network, v: number, communities: ArrayLike<number>): number[] {
  const { offsets, targets } = network.graph.undirected;
  const reached = [communities[v]!];
  for (let a = offsets[v]!; a < offsets[v + 1]!; a += 1) {
    const label = communities[targets[a]!]!;
    if (!reached.includes(label)) reached.push(label);
  }
  return reached;
}

export interface StaleTieOptions {
  /** Only ties of this node (the user's own person); -1: every tie. */
  of?: number;
  minStrength?: number;
  /** A tie with no interaction for more days than this is stale. */
  staleAfterDays?: number;
  /** Also list strong ties with no known interaction at all. */
  includeUnknown?: boolean;
  /**
   * By node: the last contact with that person (from logged interactions), used for the
   * ties of `of`, whose other end's last contact is a contact of the user.
   */
  lastContactByNode?: ArrayLike<string | null> | null;
  limit?: number;
}

export const STALE_TIE_DEFAULTS: Required<StaleTieOptions> = {
  of: -1,
  minStrength: 4,
  staleAfterDays: 180,
  includeUnknown: false,
  lastContactByNode: null,
  limit: 50,
};

export interface StaleTie {
  readonly from: NamedNode;
  readonly to: NamedNode;
  readonly tie: TieDescription;
  /** The latest known contact over this tie, or null when none is known. */
  readonly lastContact: string | null;
  /** Days since `lastContact`, or null when unknown. */
  readonly daysSince: number | null;
}

/**
 * Strong relations (strength ≥ minStrength) without interaction for more than
 * `staleAfterDays` before `asOf` (an ISO date, usually today), stalest first.
 */
export function staleStrongTies(network: Network, asOf: string, options: StaleTieOptions = {}): StaleTie[] {
  const settings = withDefaults(STALE_TIE_DEFAULTS, options);
  const today = /^\d{4}-\d{2}-\d{2}$/.test(asOf) ? dayNumber(asOf) : NaN;
  if (Number.isNaN(today)) throw new Error('analytics/influence/recommendations: asOf must be YYYY-MM-DD');
  if (settings.of !== -1) checkNode(network, settings.of, 'of', 'recommendations');
  const { ties } = network;
  // Only there can one relation stand behind several ties (one per pair of organisations).
  const seen = network.projection === 'organisations' ? new Set<string>() : null;
  const top = new TopList(settings.limit);
  const lastContactOf = new Map<number, string | null>();
  const consider = (t: number) => {
    if (ties.kind[t] !== TIE_RELATION || ties.strength[t]! < settings.minStrength) return;
    if (seen) {
      if (seen.has(ties.relationId[t]!)) return;
      seen.add(ties.relationId[t]!);
    }
    const other = settings.of === -1 ? -1 : ties.from[t] === settings.of ? ties.to[t]! : ties.from[t]!;
    const lastContact = latest(
      ties.lastInteraction[t]!,
      other >= 0 && settings.lastContactByNode ? settings.lastContactByNode[other]! : null,
    );
    const daysSince = lastContact === null ? Infinity : today - dayNumber(lastContact);
    if (daysSince === Infinity ? !settings.includeUnknown : daysSince <= settings.staleAfterDays) return;
    // Unknown first (never in touch on record), then the longest silence.
    if (!top.accepts(daysSince)) return;
    lastContactOf.set(t, lastContact);
    top.add(daysSince, t);
  };
  if (settings.of === -1) for (let t = 0; t < ties.count; t += 1) consider(t);
  else {
    const { offsets, items } = network.tiesByArc;
    const arcs = network.graph.undirected.offsets;
    for (let i = offsets[arcs[settings.of]!]!; i < offsets[arcs[settings.of + 1]!]!; i += 1) consider(items[i]!);
  }
  return top.toArray().map((t) => {
    const lastContact = lastContactOf.get(t)!;
    return {
      from: named(network, ties.from[t]!),
      to: named(network, ties.to[t]!),
      tie: describeTie(network, t),
      lastContact,
      daysSince: lastContact === null ? null : today - dayNumber(lastContact),
    };
  });
}

function latest(a: string | null, b: string | null): string | null {
  if (a === null) return b;
  if (b === null) return a;
  return a.slice(0, 10) >= b.slice(0, 10) ? a : b;
}
