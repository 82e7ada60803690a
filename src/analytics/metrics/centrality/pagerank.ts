/**
 * PageRank: the share of time a random walker spends at each node when it follows an
 * outgoing arc (chosen in proportion to its weight) with probability `damping` and jumps to a
 * uniformly chosen node otherwise. Walkers at a node without outgoing arcs (dangling) jump
 * uniformly, as networkx and graphology do. The result sums to 1.
 *
 * L. Page, S. Brin, R. Motwani and T. Winograd, "The PageRank citation ranking: bringing
 * order to the Web", Stanford InfoLab technical report 1999-66, 1999.
 */
import type { Graph } from '../../graph.ts';
import { iterateToFixedPoint, type PowerIterationOptions } from './power-iteration.ts';

const MODULE = 'analytics/metrics/centrality/pagerank';

export interface PageRankOptions extends PowerIterationOptions {
  /** Probability of following an arc rather than jumping. */
  damping?: number;
  /** Follow arcs in proportion to their weight; with false every arc counts as 1. */
  weighted?: boolean;
}

export const DEFAULTS: Required<PageRankOptions> = { damping: 0.85, weighted: true, tolerance: 1e-6, maxIterations: 100 };

/** PageRank of every node, summing to 1. */
export function pagerank(graph: Graph, options: PageRankOptions = {}): Float64Array {
  const settings = { ...DEFAULTS, ...options };
  const { damping, weighted } = settings;
  if (!(damping >= 0 && damping < 1)) throw new Error(`${MODULE}: damping must be in [0, 1), got ${damping}`);
  const n = graph.nodeCount;
  if (n === 0) return new Float64Array(0);
  const { offsets, targets, weights } = graph.out;

  // Each arc's transition probability, so the loop multiplies instead of divides.
  const share = new Float64Array(targets.length);
  const dangling: number[] = [];
  for (let v = 0; v < n; v += 1) {
    const start = offsets[v]!;
    const end = offsets[v + 1]!;
    let total = 0;
    for (let a = start; a < end; a += 1) total += weighted ? weights[a]! : 1;
    if (total === 0) dangling.push(v);
    for (let a = start; a < end; a += 1) share[a] = (weighted ? weights[a]! : 1) / total;
  }

  const uniform = 1 / n;
  return iterateToFixedPoint(MODULE, new Float64Array(n).fill(uniform), settings, (previous, next) => {
    let danglingMass = 0;
    for (const v of dangling) danglingMass += previous[v]!;
    next.fill((damping * danglingMass + 1 - damping) * uniform);
    for (let v = 0; v < n; v += 1) {
      const pushed = damping * previous[v]!;
      for (let a = offsets[v]!; a < offsets[v + 1]!; a += 1) next[targets[a]!]! += pushed * share[a]!;
    }
  });
}
