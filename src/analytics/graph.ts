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
  const arcSources: number[] = [];
  const arcTargets: number[] = [];
  const arcWeights: number[] = [];
  // Every edge once in each direction, whatever its own direction: the undirected view.
  const pairSources: number[] = [];
  const pairTargets: number[] = [];
  const pairWeights: number[] = [];
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
    pairSources.push(u, v);
    pairTargets.push(v, u);
    pairWeights.push(w, w);
    arcSources.push(u);
    arcTargets.push(v);
    arcWeights.push(w);
    if (edges.directed && edges.directed[e]) anyDirected = true;
    else {
      arcSources.push(v);
      arcTargets.push(u);
      arcWeights.push(w);
    }
  }
  const out = compress(nodeCount, arcSources, arcTargets, arcWeights);
  const inward = compress(nodeCount, arcTargets, arcSources, arcWeights);
  const both = anyDirected ? compress(nodeCount, pairSources, pairTargets, pairWeights) : out;
  return { nodeCount, directed: anyDirected, out, in: inward, undirected: both };
}

/** Counting sort by source, then each row sorted by target with duplicates merged (weights summed). */
function compress(nodeCount: number, sources: number[], targets: number[], weights: number[]): Adjacency {
  const arcCount = sources.length;
  const rowStart = new Int32Array(nodeCount + 1);
  for (let a = 0; a < arcCount; a += 1) rowStart[sources[a]! + 1]! += 1;
  for (let v = 0; v < nodeCount; v += 1) rowStart[v + 1]! += rowStart[v]!;
  const cursor = rowStart.slice(0, nodeCount);
  const rawTargets = new Int32Array(arcCount);
  const rawWeights = new Float64Array(arcCount);
  for (let a = 0; a < arcCount; a += 1) {
    const slot = cursor[sources[a]!]!++;
    rawTargets[slot] = targets[a]!;
    rawWeights[slot] = weights[a]!;
  }

  const offsets = new Int32Array(nodeCount + 1);
  const mergedTargets = new Int32Array(arcCount);
  const mergedWeights = new Float64Array(arcCount);
  let write = 0;
  const order: number[] = [];
  for (let v = 0; v < nodeCount; v += 1) {
    offsets[v] = write;
    const start = rowStart[v]!;
    const end = rowStart[v + 1]!;
    order.length = 0;
    for (let a = start; a < end; a += 1) order.push(a);
    order.sort((x, y) => rawTargets[x]! - rawTargets[y]!);
    for (const a of order) {
      const target = rawTargets[a]!;
      if (write > offsets[v]! && mergedTargets[write - 1] === target) mergedWeights[write - 1]! += rawWeights[a]!;
      else {
        mergedTargets[write] = target;
        mergedWeights[write] = rawWeights[a]!;
        write += 1;
      }
    }
  }
  offsets[nodeCount] = write;
  return { offsets, targets: mergedTargets.slice(0, write), weights: mergedWeights.slice(0, write) };
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
