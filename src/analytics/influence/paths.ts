/**
 * Influence paths: the k best ways from the user's own person to anyone in the network,
 * each hop explained ("Eva works with Joris, strength 5, since 2019").
 *
 * J. Y. Yen, "Finding the k shortest loopless paths in a network", Management Science
 * 17(11):712–716, 1971. The best path comes from a bidirectional Dijkstra; the next ones
 * branch off each earlier path at every node (the spur), with the arcs that earlier paths
 * with the same beginning took from there, and the beginning's own nodes, left out. The
 * cheapest branch found so far becomes the next path (branching, after Lawler, only from
 * where a path left its parent). Lengths: see `path-index.ts`.
 */
import { findArc } from '../graph.ts';
import { describeTie } from '../network/explain-ties.ts';
import { withDefaults } from '../network/network-options.ts';
import type { Network, TieKindName } from '../network/network.types.ts';
import { PathSearch, type FoundPath } from './bidirectional-search.ts';
import type { PathIndex } from './path-index.ts';

export interface PathOptions {
  /** How many paths at most. */
  k?: number;
}

export const PATH_DEFAULTS: Required<PathOptions> = { k: 3 };

/** One step of a path, as the web client renders it. */
export interface PathHop {
  /** Record ids of the hop's ends, in the path's direction. */
  readonly from: string;
  readonly to: string;
  readonly fromIndex: number;
  readonly toIndex: number;
  /** The relation type behind the hop, or `affiliation`, `colleague`, `unit_of`. */
  readonly via: string;
  readonly kind: TieKindName;
  /** 1–5 for relations; null for ties without a strength. */
  readonly strength: number | null;
  readonly since: string | null;
  readonly lastInteraction: string | null;
  readonly relationId: string | null;
  /** For colleague and affiliation hops, the organisation shared or joined. */
  readonly organisationId: string | null;
  /** False when a directed relation is walked against its direction (B advises A, walked A→B). */
  readonly withDirection: boolean;
  /** This hop's share of the path length. */
  readonly length: number;
}

export interface InfluencePath {
  /** Node indices from source to target. */
  readonly nodes: number[];
  readonly nodeIds: string[];
  readonly length: number;
  readonly hops: PathHop[];
}

export interface PathsResult {
  readonly source: string;
  readonly target: string;
  /** Best first, in non-decreasing length; empty when the target cannot be reached. */
  readonly paths: InfluencePath[];
}

const searches = new WeakMap<PathIndex, PathSearch>();

/** The search buffers of an index, allocated on first use and kept while the index lives. */
function searchFor(index: PathIndex): PathSearch {
  let search = searches.get(index);
  if (search === undefined) {
    search = new PathSearch(index);
    searches.set(index, search);
  }
  return search;
}

/** The k best loopless paths from source to target (node indices), best first, explained. */
export function bestPaths(network: Network, index: PathIndex, source: number, target: number, options: PathOptions = {}): PathsResult {
  const { k } = withDefaults(PATH_DEFAULTS, options);
  for (const [name, node] of [
    ['source', source],
    ['target', target],
  ] as const) {
    if (!(Number.isInteger(node) && node >= 0 && node < index.nodeCount)) {
      throw new Error(`analytics/influence/paths: ${name} ${node} is outside 0..${index.nodeCount - 1}`);
    }
  }
  if (!(Number.isInteger(k) && k >= 1)) throw new Error('analytics/influence/paths: k must be an integer of at least 1');
  const found = yenPaths(searchFor(index), index, source, target, k);
  return {
    source: network.nodeIds[source]!,
    target: network.nodeIds[target]!,
    paths: found.map((nodes) => explainPath(network, index, nodes)),
  };
}

/** A path found and the index of the node where it branched off an earlier one. */
interface Branch extends FoundPath {
  readonly deviation: number;
}

/**
 * Yen's algorithm over node sequences; each path's length is the sum of its arcs' lengths.
 * With Lawler's refinement (E. L. Lawler, "A procedure for computing the K best solutions to
 * discrete optimization problems", Management Science 18(7), 1972), a path is only branched
 * from the node where it left its parent onwards: the branches before that node were
 * already tried from the parent.
 */
function yenPaths(search: PathSearch, index: PathIndex, source: number, target: number, k: number): number[][] {
  search.reset();
  const first = search.shortest(source, target);
  if (first === null) return [];
  const accepted: Branch[] = [{ ...first, deviation: 0 }];
  const candidates: Branch[] = [];
  const known = new Set<string>([first.nodes.join(',')]);
  while (accepted.length < k) {
    const previous = accepted[accepted.length - 1]!;
    const nodes = previous.nodes;
    let rootLength = pathLength(index, nodes.slice(0, previous.deviation + 1));
    for (let i = previous.deviation; i < nodes.length - 1; i += 1) {
      const spur = nodes[i]!;
      search.reset();
      for (const path of accepted) if (sharesRoot(path.nodes, nodes, i)) search.banArc(spur, path.nodes[i + 1]!);
      for (let j = 0; j < i; j += 1) search.banNode(nodes[j]!);
      const branch = search.shortest(spur, target);
      if (branch !== null) {
        const joined = [...nodes.slice(0, i), ...branch.nodes];
        const key = joined.join(',');
        if (!known.has(key)) {
          known.add(key);
          candidates.push({ nodes: joined, length: rootLength + pathLength(index, branch.nodes), deviation: i });
        }
      }
      rootLength += arcLength(index, nodes[i]!, nodes[i + 1]!);
    }
    if (candidates.length === 0) break;
    candidates.sort((x, y) => x.length - y.length || x.nodes.length - y.nodes.length || compareNodes(x.nodes, y.nodes));
    accepted.push(candidates.shift()!);
  }
  return accepted.map((path) => path.nodes);
}

/** True when `path` begins with the first i + 1 nodes of `root`. */
function sharesRoot(path: number[], root: number[], i: number): boolean {
  if (path.length <= i + 1) return false;
  for (let j = 0; j <= i; j += 1) if (path[j] !== root[j]) return false;
  return true;
}

function compareNodes(x: number[], y: number[]): number {
  for (let i = 0; i < Math.min(x.length, y.length); i += 1) if (x[i] !== y[i]) return x[i]! - y[i]!;
  return x.length - y.length;
}

function arcLength(index: PathIndex, u: number, v: number): number {
  return index.forwardLength[findArc(index.forward, u, v)]!;
}

/** The sum of the arc lengths along a node sequence. */
export function pathLength(index: PathIndex, nodes: readonly number[]): number {
  let length = 0;
  for (let i = 0; i + 1 < nodes.length; i += 1) length += arcLength(index, nodes[i]!, nodes[i + 1]!);
  return length;
}

function explainPath(network: Network, index: PathIndex, nodes: number[]): InfluencePath {
  const hops: PathHop[] = [];
  let length = 0;
  for (let i = 0; i + 1 < nodes.length; i += 1) {
    const u = nodes[i]!;
    const v = nodes[i + 1]!;
    const arc = findArc(index.forward, u, v);
    const tie = describeTie(network, index.forwardTie[arc]!);
    const hopLength = index.forwardLength[arc]!;
    length += hopLength;
    hops.push({
      from: network.nodeIds[u]!,
      to: network.nodeIds[v]!,
      fromIndex: u,
      toIndex: v,
      via: tie.via,
      kind: tie.kind,
      strength: tie.strength,
      since: tie.since,
      lastInteraction: tie.lastInteraction,
      relationId: tie.relationId,
      organisationId: tie.organisationId,
      withDirection: !tie.directed || network.ties.from[tie.tie] === u,
      length: hopLength,
    });
  }
  return { nodes, nodeIds: nodes.map((v) => network.nodeIds[v]!), length, hops };
}
