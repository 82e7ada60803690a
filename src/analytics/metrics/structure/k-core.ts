/**
 * Core numbers: the k-core is the largest subgraph in which everyone has at least k
 * neighbours; a node's core number is the largest k whose core still holds it. Unweighted.
 *
 * V. Batagelj & M. Zaveršnik, "An O(m) algorithm for cores decomposition of networks",
 * arXiv:cs/0310049, 2003.
 *
 * Nodes sit in an array sorted by current degree, with the start of each degree's block
 * kept aside; peeling the node of least degree lowers each higher-degree neighbour by one,
 * which moves it one block down by a single swap. So the whole peel is O(n + m).
 */
import type { Graph } from '../../graph.ts';

export interface Cores {
  /** By node: its core number. */
  readonly core: Int32Array;
  /** The largest core number (the graph's degeneracy); 0 for a graph without ties. */
  readonly maxCore: number;
}

/** Computes every node's core number by bucket-sorted peeling. */
export function coreNumbers(graph: Graph): Cores {
  const n = graph.nodeCount;
  const { offsets, targets } = graph.undirected;
  const degree = new Int32Array(n);
  let maxDegree = 0;
  for (let v = 0; v < n; v += 1) {
    degree[v] = offsets[v + 1]! - offsets[v]!;
    if (degree[v]! > maxDegree) maxDegree = degree[v]!;
  }
  // blockStart[d]: the first slot in `sorted` of the nodes whose current degree is d.
  const blockStart = new Int32Array(maxDegree + 2);
  for (let v = 0; v < n; v += 1) blockStart[degree[v]! + 1]! += 1;
  for (let d = 0; d <= maxDegree; d += 1) blockStart[d + 1]! += blockStart[d]!;
  const sorted = new Int32Array(n);
  const slot = new Int32Array(n);
  const fill = blockStart.slice();
  for (let v = 0; v < n; v += 1) {
    slot[v] = fill[degree[v]!]!++;
    sorted[slot[v]!] = v;
  }
  let maxCore = 0;
  for (let i = 0; i < n; i += 1) {
    const v = sorted[i]!;
    const dv = degree[v]!;
    if (dv > maxCore) maxCore = dv;
    for (let a = offsets[v]!; a < offsets[v + 1]!; a += 1) {
      const u = targets[a]!;
      const du = degree[u]!;
      if (du <= dv) continue;
      // Swap u with the first node of its block, then shrink the block from the front.
      const first = blockStart[du]!;
      const w = sorted[first]!;
      if (w !== u) {
        sorted[slot[u]!] = w;
        slot[w] = slot[u]!;
        sorted[first] = u;
        slot[u] = first;
      }
      blockStart[du]! += 1;
      degree[u] = du - 1;
    }
  }
  return { core: degree, maxCore };
}
