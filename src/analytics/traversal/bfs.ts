/**
 * Breadth-first search from one source with path counting, the unweighted half of
 * Brandes's single-source step (U. Brandes, Journal of Mathematical Sociology 25(2), 2001).
 * The settle order doubles as the queue.
 */
import type { ShortestPathState } from './shortest-paths.ts';

/** Fills the state's buffers with hop distances, path counts and predecessors from `source`; expects a cleared state. */
export function breadthFirstSearch(state: ShortestPathState, source: number): void {
  const { offsets, targets } = state.adjacency;
  const { distance, sigma, order, predecessors, predecessorStart, predecessorCount } = state;
  distance[source] = 0;
  sigma[source] = 1;
  order[0] = source;
  let tail = 1;
  for (let head = 0; head < tail; head += 1) {
    const v = order[head]!;
    const next = distance[v]! + 1;
    const paths = sigma[v]!;
    const end = offsets[v + 1]!;
    for (let a = offsets[v]!; a < end; a += 1) {
      const w = targets[a]!;
      const known = distance[w]!;
      if (known === Infinity) {
        distance[w] = next;
        order[tail] = w;
        tail += 1;
        sigma[w] = paths;
        predecessors[predecessorStart[w]!] = v;
        predecessorCount[w] = 1;
      } else if (known === next) {
        sigma[w]! += paths;
        predecessors[predecessorStart[w]! + predecessorCount[w]!] = v;
        predecessorCount[w]! += 1;
      }
    }
  }
  state.reachedCount = tail;
}

/** Hop distances and the settle order only: no path counts, no predecessors; expects a cleared state. */
export function breadthFirstDistances(state: ShortestPathState, source: number): void {
  const { offsets, targets } = state.adjacency;
  const { distance, order } = state;
  distance[source] = 0;
  order[0] = source;
  let tail = 1;
  for (let head = 0; head < tail; head += 1) {
    const v = order[head]!;
    const next = distance[v]! + 1;
    const end = offsets[v + 1]!;
    for (let a = offsets[v]!; a < end; a += 1) {
      const w = targets[a]!;
      if (distance[w] === Infinity) {
        distance[w] = next;
        order[tail] = w;
        tail += 1;
      }
    }
  }
  state.reachedCount = tail;
}
