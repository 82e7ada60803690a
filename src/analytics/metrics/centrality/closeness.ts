/**
 * Closeness and harmonic centrality, from the distances of everyone else *to* a node (for a
 * directed graph: how easily the node is reached, as networkx and graphology define it).
 *
 * - Closeness: (r / D) · (r / (n−1)), where r is the number of nodes that reach v and D the sum
 *   of their distances — the Wasserman–Faust variant, which keeps small components from
 *   looking central; networkx's default (`wf_improved`), graphology's `wassermanFaust`. With
 *   `wassermanFaust: false` it is r / D (graphology's default). L. C. Freeman, Social
 *   Networks 1(3):215–239, 1979; S. Wasserman and K. Faust, Social Network Analysis, 1994, p. 201.
 * - Harmonic: Σ 1/d(u, v) over the nodes u that reach v, which needs no special case for
 *   disconnected graphs. M. Marchiori and V. Latora, Physica A 285, 2000; P. Boldi and
 *   S. Vigna, "Axioms for centrality", Internet Mathematics 10(3–4), 2014.
 *
 * Both come from one pass: a shortest-path search from each source s adds d(s, v) to every v it
 * reaches — in hops, 32 sources at a time (multi-source-bfs.ts); weighted, one Dijkstra search
 * per source. Summing over a sample of sources instead gives the estimates in sampled-closeness.ts.
 */
import type { Graph } from '../../graph.ts';
import { searchInBreadthFirstNumbering } from '../../locality.ts';
import { multiSourceLevels } from '../../traversal/multi-source-bfs.ts';
import { arcsToFollow, createShortestPaths, runShortestPaths } from '../../traversal/shortest-paths.ts';
import { allNodes, directionOf, LOCALITY_THRESHOLD } from './betweenness.ts';

const MODULE = 'analytics/metrics/centrality/closeness';

export interface ClosenessOptions {
  /** Arc length `1 / weight` (a strong tie is short) instead of one hop. */
  weighted?: boolean;
  /** Follow arc directions; by default when the graph has any directed edge. */
  directed?: boolean;
  /** Scale closeness by the share of nodes that reach the node (Wasserman–Faust). */
  wassermanFaust?: boolean;
  /** Divide harmonic centrality by n − 1. */
  normalized?: boolean;
  /** Renumber nodes in breadth-first order before searching (see locality.ts); by default on large graphs. */
  renumber?: boolean;
}

export const DEFAULTS: Required<Omit<ClosenessOptions, 'directed' | 'renumber'>> = {
  weighted: false,
  wassermanFaust: true,
  normalized: false,
};

/** Per node, sums over the sources that reach it (the node itself excluded). */
export interface DistanceSums {
  /** How many sources reach v. */
  readonly reached: Float64Array;
  /** Σ d(s, v). */
  readonly distance: Float64Array;
  /** Σ d(s, v)². */
  readonly squaredDistance: Float64Array;
  /** Σ 1/d(s, v). */
  readonly inverse: Float64Array;
  /** Σ 1/d(s, v)². */
  readonly squaredInverse: Float64Array;
}

/** Closeness centrality of every node. */
export function closenessCentrality(graph: Graph, options: ClosenessOptions = {}): Float64Array {
  const sums = distanceSums(graph, allNodes(graph.nodeCount), options);
  const wassermanFaust = options.wassermanFaust ?? DEFAULTS.wassermanFaust;
  const others = graph.nodeCount - 1;
  return sums.distance.map((total, v) => closenessFrom(sums.reached[v]!, total, others, wassermanFaust));
}

/** Harmonic centrality of every node. */
export function harmonicCentrality(graph: Graph, options: ClosenessOptions = {}): Float64Array {
  const { inverse } = distanceSums(graph, allNodes(graph.nodeCount), options);
  if ((options.normalized ?? DEFAULTS.normalized) && graph.nodeCount > 1) return inverse.map((sum) => sum / (graph.nodeCount - 1));
  return inverse;
}

/** Closeness from the number of nodes reaching v, their summed distance and the n − 1 others. */
export function closenessFrom(reached: number, total: number, others: number, wassermanFaust: boolean): number {
  if (!(total > 0) || others < 1) return 0;
  return wassermanFaust ? (reached / total) * (reached / others) : reached / total;
}

/** Searches from each source and adds, for every node it reaches, the distance and its powers. */
export function distanceSums(graph: Graph, sources: ArrayLike<number>, options: ClosenessOptions = {}): DistanceSums {
  if (!(options.renumber ?? graph.nodeCount >= LOCALITY_THRESHOLD)) return distanceSumsInGivenOrder(graph, sources, options);
  return searchInBreadthFirstNumbering(graph, sources, (renumbered, from) => distanceSumsInGivenOrder(renumbered, from, options), MODULE);
}

function distanceSumsInGivenOrder(graph: Graph, sources: ArrayLike<number>, options: ClosenessOptions): DistanceSums {
  const n = graph.nodeCount;
  const sums: DistanceSums = {
    reached: new Float64Array(n),
    distance: new Float64Array(n),
    squaredDistance: new Float64Array(n),
    inverse: new Float64Array(n),
    squaredInverse: new Float64Array(n),
  };
  const direction = directionOf(graph, options);
  if (!(options.weighted ?? DEFAULTS.weighted)) {
    multiSourceLevels(arcsToFollow(graph, direction), n, sources, (v, count, d) => {
      sums.reached[v]! += count;
      sums.distance[v]! += count * d;
      sums.squaredDistance[v]! += count * d * d;
      sums.inverse[v]! += count / d;
      sums.squaredInverse[v]! += count / (d * d);
    });
    return sums;
  }
  const state = createShortestPaths(graph, { direction, weighted: true, countPaths: false });
  const { order, distance } = state;
  for (let i = 0; i < sources.length; i += 1) {
    runShortestPaths(state, sources[i]!);
    // order[0] is the source itself, at distance 0.
    for (let j = 1; j < state.reachedCount; j += 1) {
      const v = order[j]!;
      const d = distance[v]!;
      const inverse = 1 / d;
      sums.reached[v]! += 1;
      sums.distance[v]! += d;
      sums.squaredDistance[v]! += d * d;
      sums.inverse[v]! += inverse;
      sums.squaredInverse[v]! += inverse * inverse;
    }
  }
  return sums;
}
