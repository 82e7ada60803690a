/**
 * Louvain community detection on the weighted undirected view, maximising modularity.
 *
 * V. D. Blondel, J.-L. Guillaume, R. Lambiotte & E. Lefebvre, "Fast unfolding of
 * communities in large networks", Journal of Statistical Mechanics P10008, 2008; the
 * queue of nodes to revisit is the "fast local moving" of V. A. Traag, L. Waltman &
 * N. J. van Eck, "From Louvain to Leiden: guaranteeing well-connected communities",
 * Scientific Reports 9:5233, 2019.
 *
 * Each level moves single nodes to the neighbouring community that raises modularity most
 * — visiting nodes in a seeded random order, and revisiting only the neighbours of nodes
 * that moved — then merges every community into one node and repeats on that smaller
 * graph, until a level no longer raises modularity by `tolerance`. Moving node i with
 * strength k(i) into community c gains, up to a constant factor,
 *   k(i,c) − γ · tot(c) · k(i) / 2m
 * with k(i,c) the weight of i's ties into c and tot(c) the strength of c without i.
 * The final partition is then carried back down the levels, where single nodes may move
 * once more (see `refineDownward`), which only raises modularity.
 * Everything lives in typed arrays; the same seed gives the same partition.
 */
import type { Graph } from '../graph.ts';
import { rankBySize } from '../partition.ts';
import { seededRng, shuffle, type Rng } from '../random.ts';
import { modularity, partitionQuality } from './modularity.ts';

export const DEFAULTS = {
  /** γ of the modularity: above 1 favours smaller communities, below 1 larger ones. */
  resolution: 1,
  /** Seed of the node order, used when no `rng` is given. */
  seed: 1,
  /** A level that raises modularity by less than this is the last. */
  tolerance: 1e-7,
  /** Carry the result back down the levels and let nodes move again (Rotta & Noack). */
  refine: true,
};

export interface LouvainOptions {
  readonly resolution?: number;
  readonly seed?: number;
  /** Overrides `seed`: the random numbers that order the nodes. */
  readonly rng?: Rng;
  readonly tolerance?: number;
  readonly refine?: boolean;
}

export interface LouvainLevel {
  /** By node: its community after this level, largest community first. */
  readonly labels: Int32Array;
  readonly count: number;
  readonly modularity: number;
}

export interface Louvain {
  /** By node: its community, 0..count-1, largest first (ties: the community of the smaller node). */
  readonly labels: Int32Array;
  /** By community: its number of nodes, descending. */
  readonly sizes: Int32Array;
  readonly count: number;
  readonly modularity: number;
  /** Every level's partition before refinement, finest first. */
  readonly levels: LouvainLevel[];
}

/** One level's graph: communities of the level below as nodes, their inner weight as a loop. */
interface Level {
  readonly nodeCount: number;
  readonly offsets: Int32Array;
  readonly targets: Int32Array;
  readonly weights: Float64Array;
  /** By node: the weight of ties inside it, counted from both ends (its diagonal entry). */
  readonly loops: Float64Array;
  /** By node: its strength, loops included. */
  readonly strength: Float64Array;
}

/** Work arrays sized for the finest level and reused by every coarser one. */
interface Scratch {
  readonly community: Int32Array;
  /**
   * By community c: at 2c the weight of the current node's ties into c (-1 when it has none),
   * at 2c + 1 the strength of c. Side by side, so one cache miss fetches both: the moves
   * are bound by memory latency, not arithmetic.
   */
  readonly slots: Float64Array;
  readonly candidates: Int32Array;
  readonly queue: Int32Array;
  readonly queued: Uint8Array;
}

/** Finds communities by Louvain's multi-level modularity optimisation. */
export function louvain(graph: Graph, options: LouvainOptions = {}): Louvain {
  const resolution = options.resolution ?? DEFAULTS.resolution;
  const tolerance = options.tolerance ?? DEFAULTS.tolerance;
  const refine = options.refine ?? DEFAULTS.refine;
  if (!(resolution >= 0)) throw new Error(`analytics/communities/louvain: resolution ${resolution} must be at least 0`);
  if (!(tolerance >= 0)) throw new Error(`analytics/communities/louvain: tolerance ${tolerance} must be at least 0`);
  const rng = options.rng ?? seededRng(options.seed ?? DEFAULTS.seed);
  const n = graph.nodeCount;
  let level = finestLevel(graph);
  const twiceM = level.strength.reduce((sum, k) => sum + k, 0);
  const membership = new Int32Array(n);
  for (let v = 0; v < n; v += 1) membership[v] = v;
  const levels: LouvainLevel[] = [];
  const scratch: Scratch = {
    community: new Int32Array(n),
    slots: new Float64Array(2 * n),
    candidates: new Int32Array(n),
    queue: new Int32Array(n),
    queued: new Uint8Array(n),
  };
  const coarser: Level[] = [level];
  // upward[l]: by node of level l, the node of level l + 1 that holds it.
  const upward: Int32Array[] = [];
  let quality = twiceM > 0 ? partitionQuality(level.loops, level.strength, twiceM, resolution) : 0;
  while (twiceM > 0 && moveNodes(level, scratch, rng, resolution / twiceM, false) > 0) {
    const count = renumber(scratch.community, level.nodeCount);
    upward.push(scratch.community.slice(0, level.nodeCount));
    for (let v = 0; v < n; v += 1) membership[v] = scratch.community[membership[v]!]!;
    level = aggregate(level, scratch, count);
    coarser.push(level);
    const reached = partitionQuality(level.loops, level.strength, twiceM, resolution);
    levels.push({ labels: rankBySize(membership, count).labels, count, modularity: reached });
    const gain = reached - quality;
    quality = reached;
    if (gain < tolerance) break;
  }
  if (refine && upward.length > 1) refineDownward(coarser, upward, scratch, rng, resolution / twiceM, membership);
  const final = rankBySize(membership, n);
  return { ...final, modularity: modularity(graph, final.labels, { resolution }), levels };
}

/**
 * Multi-level refinement (R. Rotta & A. Noack, "Multilevel local search algorithms for
 * modularity clustering", ACM Journal of Experimental Algorithmics 16, 2011): carries the
 * final partition back down the levels and lets each level's nodes move again, so a node
 * merged too early can still leave. Writes the refined partition into `membership`.
 */
function refineDownward(coarser: Level[], upward: Int32Array[], scratch: Scratch, rng: Rng, scale: number, membership: Int32Array): void {
  // The coarsest level's nodes are the communities.
  let assignment = Int32Array.from({ length: coarser[coarser.length - 1]!.nodeCount }, (_, v) => v);
  for (let l = upward.length - 1; l >= 0; l -= 1) {
    const map = upward[l]!;
    const below = new Int32Array(map.length);
    for (let v = 0; v < map.length; v += 1) below[v] = assignment[map[v]!]!;
    scratch.community.set(below);
    moveNodes(coarser[l]!, scratch, rng, scale, true);
    assignment = scratch.community.slice(0, map.length);
  }
  membership.set(assignment);
}

/** The graph itself as the first level: no loops, strengths from the rows. */
function finestLevel(graph: Graph): Level {
  const { offsets, targets, weights } = graph.undirected;
  const strength = new Float64Array(graph.nodeCount);
  for (let v = 0; v < graph.nodeCount; v += 1) {
    for (let a = offsets[v]!; a < offsets[v + 1]!; a += 1) strength[v]! += weights[a]!;
  }
  return { nodeCount: graph.nodeCount, offsets, targets, weights, loops: new Float64Array(graph.nodeCount), strength };
}

/**
 * Moves nodes while a move gains, every node in a community of its own to begin with, or
 * in `scratch.community` when `keep`; returns the number of moves. `scale` is γ / 2m.
 * Leaves each node's community in `scratch.community`.
 */
function moveNodes(level: Level, scratch: Scratch, rng: Rng, scale: number, keep: boolean): number {
  const { nodeCount: n, offsets, targets, weights, strength } = level;
  const { community, slots, candidates, queue, queued } = scratch;
  for (let c = 0; c < n; c += 1) {
    slots[2 * c] = -1;
    slots[2 * c + 1] = 0;
  }
  for (let v = 0; v < n; v += 1) {
    if (!keep) community[v] = v;
    slots[2 * community[v]! + 1]! += strength[v]!;
    queue[v] = v;
    queued[v] = 1;
  }
  shuffle(rng, queue.subarray(0, n));
  let head = 0;
  let waiting = n;
  let moves = 0;
  while (waiting > 0) {
    const v = queue[head]!;
    head = head + 1 === n ? 0 : head + 1;
    waiting -= 1;
    queued[v] = 0;
    const own = community[v]!;
    const k = strength[v]!;
    let count = 0;
    slots[2 * own] = 0;
    candidates[count++] = own;
    for (let a = offsets[v]!; a < offsets[v + 1]!; a += 1) {
      const c2 = 2 * community[targets[a]!]!;
      if (slots[c2]! < 0) {
        slots[c2] = 0;
        candidates[count++] = c2 >> 1;
      }
      slots[c2]! += weights[a]!;
    }
    slots[2 * own + 1]! -= k;
    const stay = slots[2 * own]! - slots[2 * own + 1]! * k * scale;
    let best = own;
    let bestGain = stay;
    for (let i = 1; i < count; i += 1) {
      const c = candidates[i]!;
      const gain = slots[2 * c]! - slots[2 * c + 1]! * k * scale;
      if (gain > bestGain) {
        best = c;
        bestGain = gain;
      }
    }
    for (let i = 0; i < count; i += 1) slots[2 * candidates[i]!] = -1;
    // A gain lost in rounding is no gain: without this, equal choices could swap forever.
    if (bestGain - stay <= 1e-12 * k) best = own;
    slots[2 * best + 1]! += k;
    if (best === own) continue;
    community[v] = best;
    moves += 1;
    for (let a = offsets[v]!; a < offsets[v + 1]!; a += 1) {
      const w = targets[a]!;
      if (queued[w] === 1 || community[w] === best) continue;
      queued[w] = 1;
      queue[(head + waiting) % n] = w;
      waiting += 1;
    }
  }
  return moves;
}

/** Renumbers the communities of the level's nodes 0..count-1 in order of appearance; returns count. */
function renumber(community: Int32Array, nodeCount: number): number {
  const next = new Int32Array(nodeCount).fill(-1);
  let count = 0;
  for (let v = 0; v < nodeCount; v += 1) {
    const c = community[v]!;
    if (next[c] === -1) next[c] = count++;
    community[v] = next[c]!;
  }
  return count;
}

/** Merges each community into one node: ties between communities summed, ties inside kept as its loop. */
function aggregate(level: Level, scratch: Scratch, count: number): Level {
  const { nodeCount: n, offsets, targets, weights } = level;
  const { community, slots, candidates } = scratch;
  // Members grouped by community (counting sort).
  const memberStart = new Int32Array(count + 1);
  for (let v = 0; v < n; v += 1) memberStart[community[v]! + 1]! += 1;
  for (let c = 0; c < count; c += 1) memberStart[c + 1]! += memberStart[c]!;
  const members = new Int32Array(n);
  const fill = memberStart.slice(0, count);
  for (let v = 0; v < n; v += 1) members[fill[community[v]!]!++] = v;

  const nextOffsets = new Int32Array(count + 1);
  const nextTargets = new Int32Array(targets.length);
  const nextWeights = new Float64Array(targets.length);
  const loops = new Float64Array(count);
  const strength = new Float64Array(count);
  let write = 0;
  for (let c = 0; c < count; c += 1) {
    let found = 0;
    for (let m = memberStart[c]!; m < memberStart[c + 1]!; m += 1) {
      const v = members[m]!;
      loops[c]! += level.loops[v]!;
      strength[c]! += level.strength[v]!;
      for (let a = offsets[v]!; a < offsets[v + 1]!; a += 1) {
        const d = community[targets[a]!]!;
        if (d === c) {
          loops[c]! += weights[a]!;
          continue;
        }
        if (slots[2 * d]! < 0) {
          slots[2 * d] = 0;
          candidates[found++] = d;
        }
        slots[2 * d]! += weights[a]!;
      }
    }
    for (let i = 0; i < found; i += 1) {
      const d = candidates[i]!;
      nextTargets[write] = d;
      nextWeights[write] = slots[2 * d]!;
      write += 1;
      slots[2 * d] = -1;
    }
    nextOffsets[c + 1] = write;
  }
  return {
    nodeCount: count,
    offsets: nextOffsets,
    targets: nextTargets.slice(0, write),
    weights: nextWeights.slice(0, write),
    loops,
    strength,
  };
}
