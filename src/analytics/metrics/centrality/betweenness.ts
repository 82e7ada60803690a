/**
 * Betweenness centrality: for every node, the number of shortest paths between other pairs
 * that pass through it, each pair's paths counted as fractions summing to one.
 *
 * U. Brandes, "A faster algorithm for betweenness centrality", Journal of Mathematical
 * Sociology 25(2):163–177, 2001: one shortest-path search per source, then the dependencies
 * δ_s(v) = Σ_w σ_sv/σ_sw · (1 + δ_s(w)) accumulated in reverse settle order. In hops the
 * searches run 32 sources at a time (batched-brandes.ts).
 *
 * The per-source work is exposed (`betweennessSums` over any set of sources), so a caller can
 * split the sources over worker threads, add the sums, and finish with `exactBetweenness` —
 * or, for a random set of pivots, with `estimateBetweenness` (sampled-betweenness.ts).
 * Scaling follows networkx and graphology: undirected pairs are counted once (the sums, which
 * see each pair from both ends, are halved), and `normalized` divides by (n−1)(n−2).
 */
import type { Graph } from '../../graph.ts';
import { searchInBreadthFirstNumbering } from '../../locality.ts';
import { arcsToFollow, createShortestPaths, runShortestPaths, type Direction } from '../../traversal/shortest-paths.ts';
import { batchedDependencySums } from './batched-brandes.ts';

const MODULE = 'analytics/metrics/centrality/betweenness';

export interface BetweennessOptions {
  /** Arc length `1 / weight` (a strong tie is short) instead of one hop. */
  weighted?: boolean;
  /** Follow arc directions; by default when the graph has any directed edge. */
  directed?: boolean;
  /** Divide by (n−1)(n−2), the most pairs a node can lie between. */
  normalized?: boolean;
  /**
   * Renumber the nodes in breadth-first order before searching (see locality.ts); the
   * results are the same up to rounding. By default from LOCALITY_THRESHOLD nodes on.
   */
  renumber?: boolean;
}

/** From this many nodes, renumbering for locality pays for itself (it costs one pass over the arcs). */
export const LOCALITY_THRESHOLD = 2048;

export const DEFAULTS: Required<Omit<BetweennessOptions, 'directed' | 'renumber'>> = { weighted: false, normalized: false };

/** Dependencies summed over a set of sources, before any scaling. */
export interface BetweennessSums {
  /** Σ_s δ_s(v). */
  readonly sums: Float64Array;
  /** Σ_s δ_s(v)², for the sampling error. */
  readonly squares: Float64Array;
  /** How many sources were summed. */
  sourceCount: number;
}

/** Exact betweenness of every node: Brandes's algorithm from every source. */
export function betweennessCentrality(graph: Graph, options: BetweennessOptions = {}): Float64Array {
  return exactBetweenness(graph, betweennessSums(graph, allNodes(graph.nodeCount), options), options);
}

/** Runs Brandes's single-source step from each of `sources` and sums the dependencies. */
export function betweennessSums(graph: Graph, sources: ArrayLike<number>, options: BetweennessOptions = {}): BetweennessSums {
  if (!(options.renumber ?? graph.nodeCount >= LOCALITY_THRESHOLD)) return sumsInGivenOrder(graph, sources, options);
  return searchInBreadthFirstNumbering(graph, sources, (renumbered, from) => sumsInGivenOrder(renumbered, from, options), MODULE);
}

function sumsInGivenOrder(graph: Graph, sources: ArrayLike<number>, options: BetweennessOptions): BetweennessSums {
  const n = graph.nodeCount;
  const direction = directionOf(graph, options);
  const weighted = options.weighted ?? DEFAULTS.weighted;
  // In hops, 32 sources share each search (batched-brandes.ts); with weights, one Dijkstra search per source.
  if (!weighted) return batchedDependencySums(arcsToFollow(graph, direction), n, sources);
  const state = createShortestPaths(graph, { direction, weighted: true });
  const { order, sigma, predecessors, predecessorStart, predecessorCount } = state;
  const delta = new Float64Array(n);
  const sums = new Float64Array(n);
  const squares = new Float64Array(n);
  for (let i = 0; i < sources.length; i += 1) {
    runShortestPaths(state, sources[i]!);
    const reached = state.reachedCount;
    for (let j = reached - 1; j > 0; j -= 1) {
      const w = order[j]!;
      const dependency = delta[w]!;
      const coefficient = (1 + dependency) / sigma[w]!;
      const start = predecessorStart[w]!;
      const end = start + predecessorCount[w]!;
      for (let p = start; p < end; p += 1) {
        const v = predecessors[p]!;
        delta[v]! += sigma[v]! * coefficient;
      }
      sums[w]! += dependency;
      squares[w]! += dependency * dependency;
    }
    for (let j = 0; j < reached; j += 1) delta[order[j]!] = 0;
  }
  return { sums, squares, sourceCount: sources.length };
}

/** Adds `from` into `into` (sums of disjoint source sets add up). */
export function addBetweennessSums(into: BetweennessSums, from: BetweennessSums): BetweennessSums {
  if (into.sums.length !== from.sums.length) throw new Error(`${MODULE}: sums over graphs of different sizes`);
  for (let v = 0; v < into.sums.length; v += 1) {
    into.sums[v]! += from.sums[v]!;
    into.squares[v]! += from.squares[v]!;
  }
  into.sourceCount += from.sourceCount;
  return into;
}

/** Scales sums over every source into betweenness; throws when some sources are missing. */
export function exactBetweenness(graph: Graph, sums: BetweennessSums, options: BetweennessOptions = {}): Float64Array {
  if (sums.sourceCount !== graph.nodeCount) {
    throw new Error(`${MODULE}: exact betweenness needs all ${graph.nodeCount} sources, got ${sums.sourceCount}`);
  }
  const factor = betweennessScale(graph, options);
  return sums.sums.map((sum) => sum * factor);
}

/** The factor from summed dependencies to betweenness: halved when undirected, normalised on request. */
export function betweennessScale(graph: Graph, options: BetweennessOptions): number {
  const n = graph.nodeCount;
  if (options.normalized ?? DEFAULTS.normalized) return n > 2 ? 1 / ((n - 1) * (n - 2)) : 1;
  return directionOf(graph, options) === 'undirected' ? 0.5 : 1;
}

/** `out` when arc directions count, `undirected` otherwise. */
export function directionOf(graph: Graph, options: { directed?: boolean }): Direction {
  return (options.directed ?? graph.directed) ? 'out' : 'undirected';
}

/** 0..n-1 as a typed array. */
export function allNodes(nodeCount: number): Int32Array {
  const nodes = new Int32Array(nodeCount);
  for (let v = 0; v < nodeCount; v += 1) nodes[v] = v;
  return nodes;
}
