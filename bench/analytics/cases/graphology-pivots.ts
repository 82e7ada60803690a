/**
 * graphology has no pivot sampling, so the like-for-like comparison runs its own
 * single-source routine (the indexed Brandes step its betweenness is built on) over Kring's
 * pivots, accumulating the dependencies exactly as graphology-metrics' betweenness does.
 */
import type { AbstractGraph } from 'graphology-types';
import { createUnweightedIndexedBrandes } from 'graphology-shortest-path/indexed-brandes.js';

/** Dependencies summed over `pivots` with graphology's unweighted Brandes step, scaled like Kring's estimate (n/k, halved). */
export function graphologyPivotBetweenness(graph: AbstractGraph, pivots: Int32Array): Float64Array {
  const brandes = createUnweightedIndexedBrandes(graph);
  const n = graph.order;
  const delta = new Float64Array(n);
  const centralities = new Float64Array(n);
  for (const source of pivots) {
    const [stack, predecessors, sigma] = brandes(source);
    // The stack's backing array, as graphology-metrics reads it (its typings leave it out).
    const items = (stack as unknown as { items: ArrayLike<number> }).items;
    for (let j = 0; j < stack.size; j += 1) delta[items[j]!] = 0;
    while (stack.size !== 0) {
      const w = stack.pop()!;
      const coefficient = (1 + delta[w]!) / sigma[w]!;
      for (const v of predecessors[w]!) delta[v]! += sigma[v]! * coefficient;
      if (w !== source) centralities[w]! += delta[w]!;
    }
  }
  const scale = (n / pivots.length) * 0.5;
  return centralities.map((value) => value * scale);
}
