/**
 * Dijkstra's algorithm from one source with path counting, the weighted half of Brandes's
 * single-source step (E. W. Dijkstra, Numerische Mathematik 1, 1959; U. Brandes, Journal of
 * Mathematical Sociology 25(2), 2001). A binary heap with lazy deletion: a node may sit in
 * the heap more than once, and only its first pop counts.
 *
 * Sums of lengths such as 1/3 + 1/3 + 1/3 and 1 differ in the last bit, so two path lengths
 * within a relative `TIE_TOLERANCE` of each other count as equal; otherwise shortest paths
 * that are equal on paper would be dropped from sigma depending on summation order.
 */
import type { ShortestPathState } from './shortest-paths.ts';

/** Relative difference below which two path lengths are taken as one. */
export const TIE_TOLERANCE = 1e-12;

/** Fills the state's buffers with weighted distances, path counts and predecessors from `source`; expects a cleared state. */
export function dijkstraSearch(state: ShortestPathState, lengths: Float64Array, source: number): void {
  const { offsets, targets } = state.adjacency;
  const { distance, sigma, order, predecessors, predecessorStart, predecessorCount, settled } = state;
  const heap = state.heap!;
  heap.clear();
  distance[source] = 0;
  sigma[source] = 1;
  heap.push(source, 0);
  let reached = 0;
  while (heap.size > 0) {
    const v = heap.pop();
    if (settled[v]) continue;
    settled[v] = 1;
    order[reached] = v;
    reached += 1;
    const base = distance[v]!;
    const paths = sigma[v]!;
    const end = offsets[v + 1]!;
    for (let a = offsets[v]!; a < end; a += 1) {
      const w = targets[a]!;
      if (settled[w]) continue;
      const candidate = base + lengths[a]!;
      const known = distance[w]!;
      const slack = known * TIE_TOLERANCE;
      if (known === Infinity || candidate < known - slack) {
        distance[w] = candidate;
        sigma[w] = paths;
        predecessors[predecessorStart[w]!] = v;
        predecessorCount[w] = 1;
        heap.push(w, candidate);
      } else if (candidate <= known + slack) {
        sigma[w]! += paths;
        predecessors[predecessorStart[w]! + predecessorCount[w]!] = v;
        predecessorCount[w]! += 1;
      }
    }
  }
  state.reachedCount = reached;
}

/**
 * A shortest-path tree only: weighted distances, the settle order and one predecessor per
 * node (its parent), without path counts — about a third less work per arc than
 * `dijkstraSearch`, for callers that need distances or one path each; expects a cleared state.
 * A loop of its own rather than a flag in `dijkstraSearch`: with the flag, 100 trees at
 * 10,000 people took 290 ms instead of 210 ms.
 */
export function dijkstraTree(state: ShortestPathState, lengths: Float64Array, source: number): void {
  const { offsets, targets } = state.adjacency;
  const { distance, order, predecessors, predecessorStart, predecessorCount, settled } = state;
  const heap = state.heap!;
  heap.clear();
  distance[source] = 0;
  heap.push(source, 0);
  let reached = 0;
  while (heap.size > 0) {
    const v = heap.pop();
    if (settled[v]) continue;
    settled[v] = 1;
    order[reached] = v;
    reached += 1;
    const base = distance[v]!;
    const end = offsets[v + 1]!;
    for (let a = offsets[v]!; a < end; a += 1) {
      const w = targets[a]!;
      const candidate = base + lengths[a]!;
      if (candidate < distance[w]!) {
        distance[w] = candidate;
        predecessors[predecessorStart[w]!] = v;
        predecessorCount[w] = 1;
        heap.push(w, candidate);
      }
    }
  }
  state.reachedCount = reached;
}
