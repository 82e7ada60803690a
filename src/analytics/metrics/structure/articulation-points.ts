/**
 * Articulation points (cut vertices): the nodes whose removal splits their component, and
 * what each one separates.
 *
 * J. Hopcroft & R. Tarjan, "Algorithm 447: efficient algorithms for graph manipulation",
 * Communications of the ACM 16(6):372–378, 1973.
 *
 * In the depth-first forest, a child c of v cannot reach above v without v exactly when
 * low[c] ≥ position[v]; c's subtree is then a piece of its own once v is gone. What is
 * left of the component besides those subtrees (the part above v, with the children that
 * do reach above v) is one more piece, unless v is a root. So the sizes of all pieces, for
 * every node, follow from subtree sizes in one pass over the arcs: O(n + m) in all.
 */
import type { Graph } from '../../graph.ts';
import {
  componentSizeOf,
  depthFirstForest,
  pieceFromRanges,
  subtreeRange,
  type DfsForest,
  type ForestOptions,
  type Piece,
} from './dfs-forest.ts';

export interface ArticulationPoints {
  /** The articulation points, ascending. */
  readonly points: Int32Array;
  /** By node: 1 when removing it splits its component. */
  readonly isCut: Uint8Array;
  /** By node: how many pieces its component falls into without it (1 for most nodes, 0 when isolated). */
  readonly pieceCount: Int32Array;
  /** By node: how many others lose their connection to the largest remaining piece when it leaves. */
  readonly cutOff: Int32Array;
  /** The search forest, from which `piecesWithout` lists the members of each piece. */
  readonly forest: DfsForest;
}

/** Finds every articulation point and, for every node, the pieces its removal leaves. */
export function articulationPoints(graph: Graph, options: ForestOptions = {}): ArticulationPoints {
  const forest = options.forest ?? depthFirstForest(graph);
  const { parent, position, low, subtreeSize } = forest;
  const { offsets, targets } = graph.undirected;
  const n = graph.nodeCount;
  const isCut = new Uint8Array(n);
  const pieceCount = new Int32Array(n);
  const cutOff = new Int32Array(n);
  const points: number[] = [];
  for (let v = 0; v < n; v += 1) {
    let separatedPieces = 0;
    let separatedNodes = 0;
    let largest = 0;
    for (let a = offsets[v]!; a < offsets[v + 1]!; a += 1) {
      const c = targets[a]!;
      if (parent[c] !== v || low[c]! < position[v]!) continue;
      separatedPieces += 1;
      separatedNodes += subtreeSize[c]!;
      if (subtreeSize[c]! > largest) largest = subtreeSize[c]!;
    }
    const others = componentSizeOf(forest, v) - 1;
    const rest = others - separatedNodes;
    if (rest > largest) largest = rest;
    pieceCount[v] = separatedPieces + (rest > 0 ? 1 : 0);
    cutOff[v] = others - largest;
    if (pieceCount[v]! >= 2) {
      isCut[v] = 1;
      points.push(v);
    }
  }
  return { points: Int32Array.from(points), isCut, pieceCount, cutOff, forest };
}

/**
 * The pieces v's component falls into when v is removed, largest first; each with its
 * members and the neighbour of v it hangs from. Costs O(size of v's component).
 */
export function piecesWithout(graph: Graph, result: ArticulationPoints, v: number): Piece[] {
  if (!(v >= 0 && v < graph.nodeCount)) throw new Error(`analytics/metrics/structure/articulation-points: no node ${v}`);
  const { forest } = result;
  const { parent, position, low } = forest;
  const { offsets, targets } = graph.undirected;
  const [rootStart, rootEnd] = subtreeRange(forest, forest.root[v]!);
  const [ownStart, ownEnd] = subtreeRange(forest, v);
  const pieces: Piece[] = [];
  // The part above v, minus v's subtree, plus the children that reach above v.
  const rest = [rootStart, ownStart, ownEnd, rootEnd];
  for (let a = offsets[v]!; a < offsets[v + 1]!; a += 1) {
    const c = targets[a]!;
    if (parent[c] !== v) continue;
    if (low[c]! >= position[v]!) pieces.push(pieceFromRanges(forest, c, subtreeRange(forest, c)));
    else rest.push(...subtreeRange(forest, c));
  }
  if (parent[v] !== -1) pieces.push(pieceFromRanges(forest, parent[v]!, rest));
  return pieces.sort((x, y) => y.size - x.size || x.representative - y.representative);
}
