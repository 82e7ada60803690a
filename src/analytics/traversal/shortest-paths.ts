/**
 * Single-source shortest paths as Brandes's algorithm needs them: distances, the number of
 * shortest paths (sigma), the order in which nodes were settled and every node's
 * predecessors on a shortest path. All of it lives in flat typed arrays allocated once per
 * graph, so running from thousands of sources allocates nothing per source; a run resets
 * only the nodes the previous run reached.
 *
 * Arc length: unweighted (the default) counts hops, as graphology's `getEdgeWeight: null`.
 * With `weighted: true` an arc's length is `1 / weight`: in Kring a weight is the strength
 * of a relation (1–5), and a strong tie is a short way to someone. Parallel arcs were
 * merged by `buildGraph` with their weights summed, so two relations are shorter than one.
 *
 * U. Brandes, "A faster algorithm for betweenness centrality", Journal of Mathematical
 * Sociology 25(2):163–177, 2001 (the per-source bookkeeping); E. W. Dijkstra, "A note on two
 * problems in connexion with graphs", Numerische Mathematik 1:269–271, 1959.
 */
import { checkSource, type Adjacency, type Graph } from '../graph.ts';
import { MinHeap } from '../heap.ts';
import { breadthFirstDistances, breadthFirstSearch } from './bfs.ts';
import { dijkstraSearch, dijkstraTree } from './dijkstra.ts';

/** Which arcs a search follows: as given, reversed, or both ways. */
export type Direction = 'out' | 'in' | 'undirected';

export interface ShortestPathOptions {
  /** Follow arcs as given (`out`), against their direction (`in`) or both ways (`undirected`). */
  direction?: Direction;
  /** Arc length `1 / weight` instead of one hop. */
  weighted?: boolean;
  /**
   * Count shortest paths and record predecessors (what betweenness needs). With false an
   * unweighted search keeps only distances and the settle order, about twice as fast —
   * enough for closeness — and a weighted one a shortest-path tree: distances, the settle
   * order and each node's parent as its one predecessor. Sigma stays 0 either way.
   */
  countPaths?: boolean;
}

export const DEFAULTS: Required<ShortestPathOptions> = { direction: 'out', weighted: false, countPaths: true };

/** The buffers of one search, overwritten by every run; valid until the next run. */
export interface ShortestPathState {
  readonly nodeCount: number;
  /** The arcs followed. */
  readonly adjacency: Adjacency;
  /** Arc lengths parallel to `adjacency.targets`; null when every arc is one hop. */
  readonly lengths: Float64Array | null;
  readonly countPaths: boolean;
  /** Distance from the last source; Infinity where it was not reached. */
  readonly distance: Float64Array;
  /** Number of shortest paths from the last source (a float: counts overflow 2^31 quickly). */
  readonly sigma: Float64Array;
  /** The reached nodes in the order they were settled (non-decreasing distance); source first. */
  readonly order: Int32Array;
  /** How many entries of `order` belong to the last run. */
  reachedCount: number;
  /**
   * Predecessors of w on shortest paths are `predecessors[predecessorStart[w] ..
   * predecessorStart[w] + predecessorCount[w])`. Slots are w's row in the reverse adjacency,
   * which always has room: every predecessor is a distinct in-neighbour.
   */
  readonly predecessors: Int32Array;
  readonly predecessorStart: Int32Array;
  readonly predecessorCount: Int32Array;
  /** 1 for nodes Dijkstra has settled in this run (unused by breadth-first search). */
  readonly settled: Uint8Array;
  readonly heap: MinHeap | null;
}

/** Allocates the buffers for searches over `graph`. */
export function createShortestPaths(graph: Graph, options: ShortestPathOptions = {}): ShortestPathState {
  const { direction, weighted, countPaths } = { ...DEFAULTS, ...options };
  const [adjacency, reverse] = views(graph, direction);
  const n = graph.nodeCount;
  let lengths: Float64Array | null = null;
  if (weighted) {
    lengths = new Float64Array(adjacency.weights.length);
    for (let a = 0; a < lengths.length; a += 1) lengths[a] = 1 / adjacency.weights[a]!;
  }
  return {
    nodeCount: n,
    adjacency,
    lengths,
    countPaths,
    distance: new Float64Array(n).fill(Infinity),
    sigma: new Float64Array(n),
    order: new Int32Array(n),
    reachedCount: 0,
    predecessors: new Int32Array(reverse.targets.length),
    predecessorStart: reverse.offsets,
    predecessorCount: new Int32Array(n),
    settled: new Uint8Array(weighted ? n : 0),
    heap: weighted ? new MinHeap(Math.max(16, n)) : null,
  };
}

/** Runs breadth-first search or Dijkstra (whichever the state was made for) from `source`. */
export function runShortestPaths(state: ShortestPathState, source: number): void {
  checkSource('analytics/traversal/shortest-paths', source, state.nodeCount);
  clearLastRun(state);
  if (state.lengths) (state.countPaths ? dijkstraSearch : dijkstraTree)(state, state.lengths, source);
  else if (state.countPaths) breadthFirstSearch(state, source);
  else breadthFirstDistances(state, source);
}

/** Forgets the previous run, touching only the nodes it reached. */
function clearLastRun(state: ShortestPathState): void {
  const { order, distance, sigma, predecessorCount, settled } = state;
  const weighted = settled.length > 0;
  for (let i = 0; i < state.reachedCount; i += 1) {
    const v = order[i]!;
    distance[v] = Infinity;
    sigma[v] = 0;
    predecessorCount[v] = 0;
    if (weighted) settled[v] = 0;
  }
  state.reachedCount = 0;
}

/** The arcs a search in `direction` follows. */
export function arcsToFollow(graph: Graph, direction: Direction): Adjacency {
  return views(graph, direction)[0];
}

/** The adjacency to follow and its reverse, whose rows hold the predecessor slots. */
function views(graph: Graph, direction: Direction): [Adjacency, Adjacency] {
  switch (direction) {
    case 'out':
      return [graph.out, graph.in];
    case 'in':
      return [graph.in, graph.out];
    case 'undirected':
      return [graph.undirected, graph.undirected];
    default:
      throw new Error(`analytics/traversal/shortest-paths: unknown direction ${String(direction)}`);
  }
}
