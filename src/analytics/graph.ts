/**
 * The compact graph every analytics algorithm reads: nodes are 0..n-1, arcs are stored in
 * compressed sparse rows (CSR) of typed arrays, built once. No server, database or web
 * imports anywhere under `src/analytics/`.
 *
 * Three views of the same edges:
 * - `out` — arcs as given: a directed edge u→v once, an undirected edge as u→v and v→u;
 * - `in`  — the transpose of `out` (who points at v);
 * - `undirected` — every connected pair once per side, direction ignored, with the
 *   weights of all edges between the pair summed. Algorithms defined on undirected graphs
 *   (clustering, k-core, bridges, Louvain, constraint) read this one.
 * Self-loops are dropped; parallel arcs are merged with their weights summed. Rows are
 * sorted by neighbour index, so a pair can be found by binary search.
 */

/** One row-compressed adjacency: the neighbours of v are `targets[offsets[v] .. offsets[v+1])`. */
export interface Adjacency {
  readonly offsets: Int32Array;
  readonly targets: Int32Array;
  readonly weights: Float64Array;
}

export interface Graph {
  readonly nodeCount: number;
  /** True when at least one edge is directed. */
  readonly directed: boolean;
  readonly out: Adjacency;
  readonly in: Adjacency;
  readonly undirected: Adjacency;
}

/** Edges as parallel arrays, the cheapest form to hand over (and to post to a worker). */
export interface EdgeList {
  readonly sources: ArrayLike<number>;
  readonly targets: ArrayLike<number>;
  /** Positive weights; 1 when absent. */
  readonly weights?: ArrayLike<number>;
  /** 1 for a directed edge source→target, 0 for undirected; all undirected when absent. */
  readonly directed?: ArrayLike<number>;
}

/** Builds the three views from an edge list over nodes 0..nodeCount-1. */
export function buildGraph(nodeCount: number, edges: EdgeList): Graph {
  const count = edges.sources.length;
  if (edges.targets.length !== count) throw new Error('analytics/graph: sources and targets differ in length');
  // First pass: check every edge and count the arcs, so the arc columns are allocated once.
  let arcCount = 0;
  let pairCount = 0;
  let anyDirected = false;
  for (let e = 0; e < count; e += 1) {
    const u = edges.sources[e]!;
    const v = edges.targets[e]!;
    if (!(u >= 0 && u < nodeCount && v >= 0 && v < nodeCount)) {
      throw new Error(`analytics/graph: edge ${e} (${u}→${v}) names a node outside 0..${nodeCount - 1}`);
    }
    const w = edges.weights ? edges.weights[e]! : 1;
    if (!(w > 0) || !Number.isFinite(w)) throw new Error(`analytics/graph: edge ${e} has weight ${w}; weights must be positive`);
    if (u === v) continue;
    const directed = Boolean(edges.directed?.[e]);
    anyDirected ||= directed;
    arcCount += directed ? 1 : 2;
    pairCount += 2;
  }
  const arcs = new ArcColumns(arcCount);
  // Every edge once in each direction, whatever its own direction: the undirected view.
  const pairs = anyDirected ? new ArcColumns(pairCount) : arcs;
  for (let e = 0; e < count; e += 1) {
    const u = edges.sources[e]!;
    const v = edges.targets[e]!;
    if (u === v) continue;
    const w = edges.weights ? edges.weights[e]! : 1;
    const directed = Boolean(edges.directed?.[e]);
    arcs.push(u, v, w);
    if (!directed) arcs.push(v, u, w);
    if (anyDirected) pairs.push(u, v, w).push(v, u, w);
  }
  const out = compress(nodeCount, arcs.sources, arcs.targets, arcs.weights);
  // Every arc of an undirected graph has its reverse, so its transpose is itself.
  const inward = anyDirected ? compress(nodeCount, arcs.targets, arcs.sources, arcs.weights) : out;
  const both = anyDirected ? compress(nodeCount, pairs.sources, pairs.targets, pairs.weights) : out;
  return { nodeCount, directed: anyDirected, out, in: inward, undirected: both };
}

/** Arcs as three typed columns of a known length, filled in order. */
class ArcColumns {
  readonly sources: Int32Array;
  readonly targets: Int32Array;
  readonly weights: Float64Array;
  private length = 0;

  constructor(capacity: number) {
    this.sources = new Int32Array(capacity);
    this.targets = new Int32Array(capacity);
    this.weights = new Float64Array(capacity);
  }

  push(source: number, target: number, weight: number): this {
    this.sources[this.length] = source;
    this.targets[this.length] = target;
    this.weights[this.length] = weight;
    this.length += 1;
    return this;
  }
}

/**
 * Sorts arcs by (source, target) with two counting sorts — by target, then stably by
 * source — so every row comes out sorted without a comparison, in O(n + m); then merges
 * parallel arcs, summing their weights.
 */
function compress(nodeCount: number, sources: Int32Array, targets: Int32Array, weights: Float64Array): Adjacency {
  const arcCount = sources.length;
  const byTarget = countingOrder(nodeCount, targets, null);
  const order = countingOrder(nodeCount, sources, byTarget);

  const offsets = new Int32Array(nodeCount + 1);
  const mergedTargets = new Int32Array(arcCount);
  const mergedWeights = new Float64Array(arcCount);
  let write = 0;
  let row = -1;
  for (let i = 0; i < arcCount; i += 1) {
    const a = order[i]!;
    const source = sources[a]!;
    const target = targets[a]!;
    if (source !== row) {
      for (let v = row + 1; v <= source; v += 1) offsets[v] = write;
      row = source;
    } else if (mergedTargets[write - 1] === target) {
      mergedWeights[write - 1]! += weights[a]!;
      continue;
    }
    mergedTargets[write] = target;
    mergedWeights[write] = weights[a]!;
    write += 1;
  }
  for (let v = row + 1; v <= nodeCount; v += 1) offsets[v] = write;
  return { offsets, targets: mergedTargets.slice(0, write), weights: mergedWeights.slice(0, write) };
}

/**
 * The arc indices ordered by `keys` (a counting sort over 0..nodeCount-1). With `previous`,
 * arcs are taken in that order, so the sort is stable with respect to it.
 */
function countingOrder(nodeCount: number, keys: Int32Array, previous: Int32Array | null): Int32Array {
  const arcCount = keys.length;
  const start = new Int32Array(nodeCount + 1);
  for (let a = 0; a < arcCount; a += 1) start[keys[a]! + 1]! += 1;
  for (let v = 0; v < nodeCount; v += 1) start[v + 1]! += start[v]!;
  const order = new Int32Array(arcCount);
  for (let i = 0; i < arcCount; i += 1) {
    const a = previous === null ? i : previous[i]!;
    order[start[keys[a]!]!++] = a;
  }
  return order;
}

/** The number of neighbours of v in an adjacency. */
export function degreeOf(adjacency: Adjacency, v: number): number {
  return adjacency.offsets[v + 1]! - adjacency.offsets[v]!;
}

/** The arc index of u→v, or -1; rows are sorted, so this is a binary search. */
export function findArc(adjacency: Adjacency, u: number, v: number): number {
  let low = adjacency.offsets[u]!;
  let high = adjacency.offsets[u + 1]! - 1;
  while (low <= high) {
    const middle = (low + high) >>> 1;
    const target = adjacency.targets[middle]!;
    if (target === v) return middle;
    if (target < v) low = middle + 1;
    else high = middle - 1;
  }
  return -1;
}

/** Throws, naming `module`, unless `source` is a node of a graph with `nodeCount` nodes. */
export function checkSource(module: string, source: number, nodeCount: number): void {
  if (!(Number.isInteger(source) && source >= 0 && source < nodeCount)) {
    throw new Error(`${module}: source ${source} is outside 0..${nodeCount - 1}`);
  }
}
