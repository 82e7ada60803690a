/**
 * Modularity of a partition of the weighted undirected view.
 *
 * M. E. J. Newman, "Modularity and community structure in networks", PNAS 103(23):
 * 8577–8582, 2006; with the resolution γ of J. Reichardt & S. Bornholdt, "Statistical
 * mechanics of community detection", Physical Review E 74:016110, 2006.
 *
 *   Q = Σ_c [ in(c) / 2m − γ · (tot(c) / 2m)² ]
 *
 * where 2m is the sum of all node strengths, in(c) the weight of the ties inside c counted
 * from both ends, and tot(c) the summed strength of c's nodes. A graph without ties has
 * no community structure to measure: its modularity is 0.
 */
import type { Graph } from '../graph.ts';

export const DEFAULTS = {
  /** γ: above 1 favours smaller communities, below 1 larger ones. */
  resolution: 1,
};

export interface ModularityOptions {
  readonly resolution?: number;
}

/** The modularity of `labels` (a non-negative integer community per node) on the graph. */
export function modularity(graph: Graph, labels: ArrayLike<number>, options: ModularityOptions = {}): number {
  const resolution = options.resolution ?? DEFAULTS.resolution;
  const n = graph.nodeCount;
  if (labels.length !== n) throw new Error(`analytics/communities/modularity: ${labels.length} labels for ${n} nodes`);
  if (!(resolution >= 0)) throw new Error(`analytics/communities/modularity: resolution ${resolution} must be at least 0`);
  let bound = 0;
  for (let v = 0; v < n; v += 1) {
    const label = labels[v]!;
    if (!(Number.isInteger(label) && label >= 0)) throw new Error(`analytics/communities/modularity: node ${v} has label ${label}`);
    if (label >= bound) bound = label + 1;
  }
  const { offsets, targets, weights } = graph.undirected;
  const inside = new Float64Array(bound);
  const total = new Float64Array(bound);
  let twiceM = 0;
  for (let u = 0; u < n; u += 1) {
    const c = labels[u]!;
    for (let a = offsets[u]!; a < offsets[u + 1]!; a += 1) {
      total[c]! += weights[a]!;
      if (labels[targets[a]!] === c) inside[c]! += weights[a]!;
    }
  }
  for (let c = 0; c < bound; c += 1) twiceM += total[c]!;
  return twiceM === 0 ? 0 : partitionQuality(inside, total, twiceM, resolution);
}

/** Σ_c in(c)/2m − γ·(tot(c)/2m)² from per-community sums; shared with Louvain's levels. */
export function partitionQuality(inside: Float64Array, total: Float64Array, twiceM: number, resolution: number): number {
  let q = 0;
  for (let c = 0; c < inside.length; c += 1) {
    const share = total[c]! / twiceM;
    q += inside[c]! / twiceM - resolution * share * share;
  }
  return q;
}
