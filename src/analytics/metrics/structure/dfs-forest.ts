/**
 * The depth-first forest with low-links that bridges and articulation points are read from.
 *
 * J. Hopcroft & R. Tarjan, "Algorithm 447: efficient algorithms for graph manipulation",
 * Communications of the ACM 16(6):372–378, 1973.
 *
 * The search is iterative (an explicit stack with a per-node arc cursor), so a path of
 * 100,000 nodes cannot overflow the call stack. Nodes are numbered in preorder; the
 * subtree of v is then the contiguous run `preorder[position[v] .. position[v] + subtreeSize[v])`,
 * and its whole component the run of its root. That is what lets every "what does this
 * separate" question be answered from ranges, without a second search.
 */
import type { Graph } from '../../graph.ts';

export interface DfsForest {
  /** The nodes in the order the search first reached them. */
  readonly preorder: Int32Array;
  /** By node: its index in `preorder`. */
  readonly position: Int32Array;
  /** By node: its parent in the search tree, -1 for the root of a component. */
  readonly parent: Int32Array;
  /** By node: the root of its search tree, i.e. the first node of its component. */
  readonly root: Int32Array;
  /** By node: the smallest preorder position reachable from its subtree by one back edge. */
  readonly low: Int32Array;
  /** By node: the number of nodes in its search subtree, itself included. */
  readonly subtreeSize: Int32Array;
}

/** A part of a component that a removal leaves behind. */
export interface Piece {
  readonly size: number;
  /** The piece's neighbour of the removed node or edge: the tie through which it was connected. */
  readonly representative: number;
  /** The nodes of the piece, ascending. */
  readonly members: Int32Array;
}

/** Options of the algorithms read from the forest. */
export interface ForestOptions {
  /** The forest of this same graph, when already computed, so bridges and cut points share one search. */
  readonly forest?: DfsForest;
}

/** Runs the iterative depth-first search over the undirected view, every component in turn. */
export function depthFirstForest(graph: Graph): DfsForest {
  const { offsets, targets } = graph.undirected;
  const n = graph.nodeCount;
  const preorder = new Int32Array(n);
  const position = new Int32Array(n).fill(-1);
  const parent = new Int32Array(n).fill(-1);
  const root = new Int32Array(n);
  const low = new Int32Array(n);
  const subtreeSize = new Int32Array(n);
  const cursor = new Int32Array(n);
  const stack = new Int32Array(n);
  let visited = 0;
  for (let start = 0; start < n; start += 1) {
    if (position[start] !== -1) continue;
    let top = 0;
    stack[top++] = start;
    position[start] = low[start] = visited;
    preorder[visited++] = start;
    root[start] = start;
    cursor[start] = offsets[start]!;
    while (top > 0) {
      const v = stack[top - 1]!;
      if (cursor[v]! < offsets[v + 1]!) {
        const w = targets[cursor[v]!++]!;
        if (position[w] === -1) {
          parent[w] = v;
          root[w] = start;
          position[w] = low[w] = visited;
          preorder[visited++] = w;
          cursor[w] = offsets[w]!;
          stack[top++] = w;
        } else if (w !== parent[v] && position[w]! < low[v]!) {
          // Parallel arcs are merged in the graph, so skipping the parent skips exactly the tree edge.
          low[v] = position[w]!;
        }
        continue;
      }
      top -= 1;
      // Everything visited since v was entered is v's subtree.
      subtreeSize[v] = visited - position[v]!;
      const p = parent[v]!;
      if (p !== -1 && low[v]! < low[p]!) low[p] = low[v]!;
    }
  }
  return { preorder, position, parent, root, low, subtreeSize };
}

/** The size of v's component. */
export function componentSizeOf(forest: DfsForest, v: number): number {
  return forest.subtreeSize[forest.root[v]!]!;
}

/** The preorder range [start, end) of v's subtree. */
export function subtreeRange(forest: DfsForest, v: number): [number, number] {
  const start = forest.position[v]!;
  return [start, start + forest.subtreeSize[v]!];
}

/** A piece made of preorder ranges given as flat [start, end) pairs. */
export function pieceFromRanges(forest: DfsForest, representative: number, ranges: readonly number[]): Piece {
  let size = 0;
  for (let r = 0; r < ranges.length; r += 2) size += ranges[r + 1]! - ranges[r]!;
  const members = new Int32Array(size);
  let write = 0;
  for (let r = 0; r < ranges.length; r += 2) {
    members.set(forest.preorder.subarray(ranges[r]!, ranges[r + 1]!), write);
    write += ranges[r + 1]! - ranges[r]!;
  }
  return { size, representative, members: members.sort() };
}
