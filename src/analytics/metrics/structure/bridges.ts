/**
 * Bridges: the ties whose removal splits their component, and the two sides of each.
 *
 * J. Hopcroft & R. Tarjan, "Algorithm 447: efficient algorithms for graph manipulation",
 * Communications of the ACM 16(6):372–378, 1973 (R. Tarjan, "A note on finding the
 * bridges of a graph", Information Processing Letters 2(6):160–161, 1974).
 *
 * A tree edge p–c of the depth-first forest is a bridge exactly when nothing in c's
 * subtree reaches p or above by a back edge: low[c] > position[p]. One side is then c's
 * subtree, the other the rest of the component, so both sizes come from subtree sizes.
 */
import { findArc, type Graph } from '../../graph.ts';
import {
  componentSizeOf,
  depthFirstForest,
  pieceFromRanges,
  subtreeRange,
  type DfsForest,
  type ForestOptions,
  type Piece,
} from './dfs-forest.ts';

export interface Bridges {
  /** By bridge: its end on the side of the search root (the parent in the forest). */
  readonly sources: Int32Array;
  /** By bridge: its end on the far side (the child in the forest). */
  readonly targets: Int32Array;
  /** By bridge: the number of nodes on the target's side. */
  readonly targetSideSize: Int32Array;
  /** By bridge: the number of nodes on the source's side. */
  readonly sourceSideSize: Int32Array;
  /** By node: how many bridges it is an end of. */
  readonly bridgeCount: Int32Array;
  /** The search forest, from which `sidesOf` lists the members of each side. */
  readonly forest: DfsForest;
}

/** Finds every bridge, ordered by the preorder position of its far end. */
export function bridges(graph: Graph, options: ForestOptions = {}): Bridges {
  const forest = options.forest ?? depthFirstForest(graph);
  const { preorder, parent, position, low, subtreeSize } = forest;
  const bridgeCount = new Int32Array(graph.nodeCount);
  const sources: number[] = [];
  const targets: number[] = [];
  const targetSide: number[] = [];
  const sourceSide: number[] = [];
  for (const c of preorder) {
    const p = parent[c]!;
    if (p === -1 || low[c]! <= position[p]!) continue;
    sources.push(p);
    targets.push(c);
    targetSide.push(subtreeSize[c]!);
    sourceSide.push(componentSizeOf(forest, c) - subtreeSize[c]!);
    bridgeCount[p]! += 1;
    bridgeCount[c]! += 1;
  }
  return {
    sources: Int32Array.from(sources),
    targets: Int32Array.from(targets),
    targetSideSize: Int32Array.from(targetSide),
    sourceSideSize: Int32Array.from(sourceSide),
    bridgeCount,
    forest,
  };
}

/** True when the tie u–v exists and is a bridge; O(1) after `bridges`. */
export function isBridge(graph: Graph, result: Bridges, u: number, v: number): boolean {
  if (findArc(graph.undirected, u, v) === -1) return false;
  const { parent, position, low } = result.forest;
  if (parent[v] === u) return low[v]! > position[u]!;
  if (parent[u] === v) return low[u]! > position[v]!;
  return false;
}

/** The two sides of bridge `index`: [source side, target side], each with its members. */
export function sidesOf(result: Bridges, index: number): [Piece, Piece] {
  const { forest } = result;
  if (!(index >= 0 && index < result.sources.length)) throw new Error(`analytics/metrics/structure/bridges: no bridge ${index}`);
  const source = result.sources[index]!;
  const target = result.targets[index]!;
  const [rootStart, rootEnd] = subtreeRange(forest, forest.root[target]!);
  const [farStart, farEnd] = subtreeRange(forest, target);
  return [pieceFromRanges(forest, source, [rootStart, farStart, farEnd, rootEnd]), pieceFromRanges(forest, target, [farStart, farEnd])];
}
