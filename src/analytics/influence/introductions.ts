/**
 * "Who can introduce me to X?": the people tied to both of us, best first; and when there
 * is nobody, the pairs of people who together close the gap (me — A — B — X).
 *
 * Ranking: an introduction is as good as its weakest tie (M. Granovetter, "The strength
 * of weak ties", American Journal of Sociology 78(6):1360–1380, 1973, on tie strength;
 * the weakest link because a warm tie on one side cannot make up for a cold one on the
 * other). So introducers are ranked by the smaller of the tie weights on the way (by
 * default the relations' strengths), then by their product (of two introducers whose weak
 * side is 3, the one with a 5 on the other side first), then by name. The weight of a pair
 * is that of its strongest tie; direction is ignored — both ends of any relation know each
 * other.
 */
import { findArc } from '../graph.ts';
import { withDefaults } from '../network/network-options.ts';
import { NODE_PERSON, type Network } from '../network/network.types.ts';
import { strongestTieOnArc } from '../network/explain-ties.ts';
import { checkNode, named, summariseArc, type NamedNode, type TieSummary } from './tie-summary.ts';

export interface IntroductionOptions {
  /** At most this many introducers (or pairs of them) are returned. */
  limit?: number;
  /** Only people introduce (true), or organisations too (false). */
  peopleOnly?: boolean;
  /** Look for pairs of introducers when nobody knows both (false: never). */
  secondDegree?: boolean;
}

export const INTRODUCTION_DEFAULTS: Required<IntroductionOptions> = { limit: 10, peopleOnly: true, secondDegree: true };

export interface Introducer {
  readonly introducer: NamedNode;
  /** The introducer's tie to the source and to the target. */
  readonly toSource: TieSummary;
  readonly toTarget: TieSummary;
  /** The weakest tie's weight: the ranking key. */
  readonly score: number;
}

export interface IntroducerPair {
  /** Knows the source. */
  readonly first: NamedNode;
  /** Knows the target. */
  readonly second: NamedNode;
  readonly ties: readonly [TieSummary, TieSummary, TieSummary];
  readonly score: number;
}

export interface IntroductionsResult {
  readonly source: NamedNode;
  readonly target: NamedNode;
  /** The source's own tie to the target, when there is one. */
  readonly direct: TieSummary | null;
  /** People tied to both, best first. */
  readonly shared: Introducer[];
  /** Only when `shared` is empty: chains source — first — second — target, best first. */
  readonly secondDegree: IntroducerPair[];
}

/** Who can introduce `source` to `target` (node indices), ranked as the file header says. */
export function introductions(network: Network, source: number, target: number, options: IntroductionOptions = {}): IntroductionsResult {
  const settings = withDefaults(INTRODUCTION_DEFAULTS, options);
  checkNode(network, source, 'source', 'introductions');
  checkNode(network, target, 'target', 'introductions');
  const { offsets, targets } = network.graph.undirected;
  const weightOf = (arc: number) => network.ties.weight[strongestTieOnArc(network, arc)]!;
  const canIntroduce = (v: number) => v !== source && v !== target && (!settings.peopleOnly || network.nodeKinds[v] === NODE_PERSON);

  // The target's contacts, with the arc from each to the target.
  const arcToTarget = new Map<number, number>();
  for (let a = offsets[target]!; a < offsets[target + 1]!; a += 1)
    arcToTarget.set(targets[a]!, findArc(network.graph.undirected, targets[a]!, target));

  const shared: (Introducer & { key: number })[] = [];
  for (let a = offsets[source]!; a < offsets[source + 1]!; a += 1) {
    const c = targets[a]!;
    const back = arcToTarget.get(c);
    if (back === undefined || !canIntroduce(c)) continue;
    const w1 = weightOf(a);
    const w2 = weightOf(back);
    shared.push({
      introducer: named(network, c),
      toSource: summariseArc(network, a),
      toTarget: summariseArc(network, back),
      score: Math.min(w1, w2),
      key: w1 * w2,
    });
  }
  shared.sort((x, y) => compareRanked(x, y, x.introducer.name, y.introducer.name));

  const directArc = findArc(network.graph.undirected, source, target);
  const pairs =
    shared.length === 0 && settings.secondDegree ? introducerPairs(network, source, target, arcToTarget, canIntroduce, settings.limit) : [];
  return {
    source: named(network, source),
    target: named(network, target),
    direct: directArc < 0 ? null : summariseArc(network, directArc),
    shared: shared.slice(0, settings.limit).map(({ key: _key, ...introducer }) => introducer),
    secondDegree: pairs,
  };
}

/** Best first: the weakest tie, then the product of the ties, then the name. */
function compareRanked(x: { score: number; key: number }, y: { score: number; key: number }, xName: string, yName: string): number {
  return y.score - x.score || y.key - x.key || xName.localeCompare(yName);
}

/** Chains source — first — second — target; O(sum of the degrees of the source's contacts). */
function introducerPairs(
  network: Network,
  source: number,
  target: number,
  arcToTarget: Map<number, number>,
  canIntroduce: (v: number) => boolean,
  limit: number,
): IntroducerPair[] {
  const { offsets, targets } = network.graph.undirected;
  const weightOf = (arc: number) => network.ties.weight[strongestTieOnArc(network, arc)]!;
  const found: { arcs: [number, number, number]; first: number; second: number; score: number; key: number }[] = [];
  for (let a = offsets[source]!; a < offsets[source + 1]!; a += 1) {
    const first = targets[a]!;
    if (!canIntroduce(first)) continue;
    for (let b = offsets[first]!; b < offsets[first + 1]!; b += 1) {
      const second = targets[b]!;
      const last = arcToTarget.get(second);
      if (last === undefined || second === first || !canIntroduce(second)) continue;
      const weights = [weightOf(a), weightOf(b), weightOf(last)];
      found.push({ arcs: [a, b, last], first, second, score: Math.min(...weights), key: weights[0]! * weights[1]! * weights[2]! });
    }
  }
  const name = (x: { first: number; second: number }) => `${network.nodeNames[x.first]} ${network.nodeNames[x.second]}`;
  found.sort((x, y) => compareRanked(x, y, name(x), name(y)));
  return found.slice(0, limit).map((chain) => ({
    first: named(network, chain.first),
    second: named(network, chain.second),
    ties: [summariseArc(network, chain.arcs[0]), summariseArc(network, chain.arcs[1]), summariseArc(network, chain.arcs[2])],
    score: chain.score,
  }));
}
