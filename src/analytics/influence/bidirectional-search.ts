/**
 * One shortest path between two nodes: bidirectional Dijkstra, searching from the source
 * over `forward` arcs and from the target over `backward` arcs at once, stopping as soon
 * as the two smallest frontier keys add up to the best path met so far. In a small-world
 * network each side settles only the few hundred nodes within a hop or two, instead of
 * the whole graph.
 *
 * I. Pohl, "Bi-directional search", Machine Intelligence 6:127–140, 1971; the stopping
 * rule as in A. V. Goldberg & C. Harrelson, "Computing the shortest path: A* search meets
 * graph theory", SODA 2005.
 *
 * Yen's spur searches need some nodes and arcs left out; both are marked with a generation
 * stamp, so leaving them out again costs nothing to reset. All buffers are allocated once
 * per path index and reused by every query (a query resets nothing: stamps do it).
 */
import { MinHeap } from '../heap.ts';
import type { PathIndex } from './path-index.ts';

/** A found path: its nodes from source to target, and its length. */
export interface FoundPath {
  readonly nodes: number[];
  readonly length: number;
}

/** The reusable state of searches over one path index. */
export class PathSearch {
  private readonly forwardDistance: Float64Array;
  private readonly backwardDistance: Float64Array;
  private readonly forwardParent: Int32Array;
  private readonly backwardParent: Int32Array;
  /** The search generation in which a node's distance was set (per side), or settled. */
  private readonly forwardSeen: Int32Array;
  private readonly backwardSeen: Int32Array;
  private readonly forwardDone: Int32Array;
  private readonly backwardDone: Int32Array;
  private readonly bannedNode: Int32Array;
  private readonly bannedArcFrom: Int32Array;
  private bannedArcs: number[] = [];
  private readonly forwardHeap: MinHeap;
  private readonly backwardHeap: MinHeap;
  private generation = 0;

  constructor(private readonly index: PathIndex) {
    const n = index.nodeCount;
    this.forwardDistance = new Float64Array(n);
    this.backwardDistance = new Float64Array(n);
    this.forwardParent = new Int32Array(n);
    this.backwardParent = new Int32Array(n);
    this.forwardSeen = new Int32Array(n);
    this.backwardSeen = new Int32Array(n);
    this.forwardDone = new Int32Array(n);
    this.backwardDone = new Int32Array(n);
    this.bannedNode = new Int32Array(n);
    this.bannedArcFrom = new Int32Array(n);
    this.forwardHeap = new MinHeap(1024);
    this.backwardHeap = new MinHeap(1024);
  }

  /**
   * Starts a new search generation: forgets the previous distances, banned nodes and
   * banned arcs at once.
   */
  reset(): void {
    this.generation += 1;
    if (this.generation === 0x7fffffff) {
      for (const buffer of [
        this.forwardSeen,
        this.backwardSeen,
        this.forwardDone,
        this.backwardDone,
        this.bannedNode,
        this.bannedArcFrom,
      ]) {
        buffer.fill(0);
      }
      this.generation = 1;
    }
    this.bannedArcs = [];
  }

  /** Leaves node v out of the next search (since the last reset). */
  banNode(v: number): void {
    this.bannedNode[v] = this.generation;
  }

  /** Leaves the arc u→v out of the next search (since the last reset). */
  banArc(u: number, v: number): void {
    this.bannedArcFrom[u] = this.generation;
    this.bannedArcs.push(u, v);
  }

  private isArcBanned(u: number, v: number): boolean {
    if (this.bannedArcFrom[u] !== this.generation) return false;
    for (let i = 0; i < this.bannedArcs.length; i += 2) if (this.bannedArcs[i] === u && this.bannedArcs[i + 1] === v) return true;
    return false;
  }

  /** The shortest path source→target avoiding banned nodes and arcs, or null when there is none. */
  shortest(source: number, target: number): FoundPath | null {
    const g = this.generation;
    if (this.bannedNode[source] === g || this.bannedNode[target] === g) return null;
    if (source === target) return { nodes: [source], length: 0 };
    const { forward, forwardLength, backward, backwardLength } = this.index;
    const fd = this.forwardDistance;
    const bd = this.backwardDistance;
    const fs = this.forwardSeen;
    const bs = this.backwardSeen;
    const fh = this.forwardHeap;
    const bh = this.backwardHeap;
    fh.clear();
    bh.clear();
    fd[source] = 0;
    fs[source] = g;
    this.forwardParent[source] = -1;
    fh.push(source, 0);
    bd[target] = 0;
    bs[target] = g;
    this.backwardParent[target] = -1;
    bh.push(target, 0);
    let best = Infinity;
    let meet = -1;

    while (fh.size > 0 && bh.size > 0) {
      if (fh.peekKey() + bh.peekKey() >= best) break;
      const forwards = fh.peekKey() <= bh.peekKey();
      const heap = forwards ? fh : bh;
      const done = forwards ? this.forwardDone : this.backwardDone;
      const v = heap.pop();
      if (done[v] === g) continue;
      done[v] = g;
      const adjacency = forwards ? forward : backward;
      const lengths = forwards ? forwardLength : backwardLength;
      const dist = forwards ? fd : bd;
      const seen = forwards ? fs : bs;
      const parent = forwards ? this.forwardParent : this.backwardParent;
      const otherDist = forwards ? bd : fd;
      const otherSeen = forwards ? bs : fs;
      const base = dist[v]!;
      for (let a = adjacency.offsets[v]!; a < adjacency.offsets[v + 1]!; a += 1) {
        const w = adjacency.targets[a]!;
        const length = lengths[a]!;
        if (length === Infinity || this.bannedNode[w] === g || done[w] === g) continue;
        if (forwards ? this.isArcBanned(v, w) : this.isArcBanned(w, v)) continue;
        const candidate = base + length;
        if (seen[w] === g && dist[w]! <= candidate) continue;
        dist[w] = candidate;
        seen[w] = g;
        parent[w] = v;
        heap.push(w, candidate);
        if (otherSeen[w] === g && candidate + otherDist[w]! < best) {
          best = candidate + otherDist[w]!;
          meet = w;
        }
      }
    }
    if (meet < 0) return null;
    return { nodes: this.joinAt(meet), length: best };
  }

  /** The node sequence source→meet→target from both sides' parents. */
  private joinAt(meet: number): number[] {
    const nodes: number[] = [];
    for (let v = meet; v !== -1; v = this.forwardParent[v]!) nodes.push(v);
    nodes.reverse();
    for (let v = this.backwardParent[meet]!; v !== -1; v = this.backwardParent[v]!) nodes.push(v);
    return nodes;
  }
}
