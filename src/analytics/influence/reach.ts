/**
 * Reach: who is within 1, 2 and 3 steps of a person, and how much of a given group (a
 * theme's decision-makers) is within 2 steps. A breadth-first search that stops at the
 * last ring, so a question about three steps never walks the whole network; its buffers
 * are kept per graph view and reset by a generation stamp.
 */
import type { Adjacency } from '../graph.ts';
import { withDefaults } from '../network/network-options.ts';
import { NODE_PERSON, type Network } from '../network/network.types.ts';
import { checkNode, named, type NamedNode } from './tie-summary.ts';

export interface ReachOptions {
  /** The largest number of steps asked about. */
  maxSteps?: number;
  /** Follow ties both ways (`undirected`) or only along directed relations (`out`). */
  direction?: 'undirected' | 'out';
  /** Count and list people only (`people`), or organisations too (`all`); steps may pass through either. */
  count?: 'people' | 'all';
}

export const REACH_DEFAULTS: Required<ReachOptions> = { maxSteps: 3, direction: 'undirected', count: 'all' };

export interface ReachResult {
  readonly source: NamedNode;
  /** `rings[d - 1]`: the nodes exactly d steps away, ascending. */
  readonly rings: Int32Array[];
  /** `counts[d - 1]`: how many nodes are exactly d steps away. */
  readonly counts: number[];
  /** `within[d - 1]`: how many nodes are at most d steps away (the source not included). */
  readonly within: number[];
}

interface Buffers {
  stamp: Int32Array;
  distance: Int32Array;
  queue: Int32Array;
  generation: number;
}
const buffersByView = new WeakMap<Adjacency, Buffers>();

/**
 * Breadth-first from `source` up to `maxSteps`; returns the visited nodes in order and where
 * each ring ends in that order (ringEnds[d] = end of ring d, ring 0 being the source).
 */
function limitedBreadthFirst(adjacency: Adjacency, nodeCount: number, source: number, maxSteps: number) {
  let buffers = buffersByView.get(adjacency);
  if (buffers === undefined) {
    buffers = { stamp: new Int32Array(nodeCount), distance: new Int32Array(nodeCount), queue: new Int32Array(nodeCount), generation: 0 };
    buffersByView.set(adjacency, buffers);
  }
  buffers.generation += 1;
  const { stamp, distance, queue, generation } = buffers;
  const { offsets, targets } = adjacency;
  stamp[source] = generation;
  distance[source] = 0;
  queue[0] = source;
  let tail = 1;
  const ringEnds = [1];
  for (let head = 0; head < tail; head += 1) {
    const v = queue[head]!;
    const next = distance[v]! + 1;
    if (next > maxSteps) break;
    for (let a = offsets[v]!; a < offsets[v + 1]!; a += 1) {
      const w = targets[a]!;
      if (stamp[w] === generation) continue;
      stamp[w] = generation;
      distance[w] = next;
      queue[tail++] = w;
    }
    if (head + 1 === ringEnds[ringEnds.length - 1]) ringEnds.push(tail);
  }
  while (ringEnds.length <= maxSteps) ringEnds.push(tail);
  return { queue, ringEnds, stamp, distance, generation };
}

function resolve(network: Network, source: number, options: ReachOptions): Required<ReachOptions> {
  const settings = withDefaults(REACH_DEFAULTS, options);
  checkNode(network, source, 'source', 'reach');
  if (!(Number.isInteger(settings.maxSteps) && settings.maxSteps >= 1))
    throw new Error('analytics/influence/reach: maxSteps must be an integer of at least 1');
  if (settings.direction !== 'undirected' && settings.direction !== 'out')
    throw new Error('analytics/influence/reach: direction must be undirected or out');
  return settings;
}

function viewOf(network: Network, direction: 'undirected' | 'out'): Adjacency {
  return direction === 'out' ? network.graph.out : network.graph.undirected;
}

/** Who is exactly 1, 2, … `maxSteps` steps from `source`, as counts and lists. */
export function reach(network: Network, source: number, options: ReachOptions = {}): ReachResult {
  const settings = resolve(network, source, options);
  const { queue, ringEnds } = limitedBreadthFirst(viewOf(network, settings.direction), network.graph.nodeCount, source, settings.maxSteps);
  const counted = (v: number) => settings.count === 'all' || network.nodeKinds[v] === NODE_PERSON;
  const rings: Int32Array[] = [];
  for (let d = 1; d <= settings.maxSteps; d += 1) {
    rings.push(Int32Array.from(queue.subarray(ringEnds[d - 1]!, ringEnds[d]!).filter(counted)).sort());
  }
  const counts = rings.map((ring) => ring.length);
  let total = 0;
  const within = counts.map((count) => (total += count));
  return { source: named(network, source), rings, counts, within };
}

export interface ShareOptions {
  /** Within this many steps counts as reached. */
  steps?: number;
  direction?: 'undirected' | 'out';
}

export const SHARE_DEFAULTS: Required<ShareOptions> = { steps: 2, direction: 'undirected' };

export interface ShareResult {
  /** Members of the group within `steps`, ascending, with their distance in `distances`. */
  readonly reached: Int32Array;
  readonly distances: Int32Array;
  /** Members of the group further away or out of reach, ascending. */
  readonly missed: Int32Array;
  /** reached / group size; 0 for an empty group. The source, if in the group, counts as reached. */
  readonly share: number;
}

/** How much of a group (node indices, e.g. a theme's decision-makers) is within `steps` of `source`. */
export function shareWithin(network: Network, source: number, group: ArrayLike<number>, options: ShareOptions = {}): ShareResult {
  const settings = withDefaults(SHARE_DEFAULTS, options);
  resolve(network, source, { maxSteps: settings.steps, direction: settings.direction });
  const members = Int32Array.from(new Set(Array.from(group))).sort();
  for (const v of members) checkNode(network, v, 'group member', 'reach');
  const { stamp, distance, generation } = limitedBreadthFirst(
    viewOf(network, settings.direction),
    network.graph.nodeCount,
    source,
    settings.steps,
  );
  const reached: number[] = [];
  const distances: number[] = [];
  const missed: number[] = [];
  for (const v of members) {
    if (stamp[v] === generation) {
      reached.push(v);
      distances.push(distance[v]!);
    } else missed.push(v);
  }
  return {
    reached: Int32Array.from(reached),
    distances: Int32Array.from(distances),
    missed: Int32Array.from(missed),
    share: members.length === 0 ? 0 : reached.length / members.length,
  };
}
