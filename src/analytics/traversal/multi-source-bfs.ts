/**
 * Breadth-first search from 32 sources at once, one bit per source: each node keeps a word
 * of the sources that have seen it and a word of those that reached it in the current level,
 * and a level moves whole words along the arcs. Where several sources' searches overlap —
 * in a small-world network, almost everywhere after a few hops — an arc is crossed once
 * for all of them instead of once each. Used for the hop distances of closeness and harmonic
 * centrality, which need no path counts: on the benchmark's networks it is about nine times
 * faster than a search per source.
 *
 * M. Then, M. Kaufmann, F. Chirigati, T.-A. Hoang-Vu, K. Pham, A. Kemper, T. Neumann and
 * H. T. Vo, "The more the merrier: efficient multi-source graph traversal", PVLDB 8(4):449–460,
 * 2014 (MS-BFS).
 */
import { checkSource, type Adjacency } from '../graph.ts';

/** Sources per batch: the bits of an Int32 word. */
const WORD = 32;

/**
 * Calls `found(v, count, d)` for every node v and distance d ≥ 1 at which `count` of the
 * sources first reach v (each source reaches each node at most once; sources themselves, at
 * distance 0, are not reported).
 */
export function multiSourceLevels(
  adjacency: Adjacency,
  nodeCount: number,
  sources: ArrayLike<number>,
  found: (v: number, count: number, d: number) => void,
): void {
  const { offsets, targets } = adjacency;
  const seen = new Int32Array(nodeCount);
  const visit = new Int32Array(nodeCount);
  const next = new Int32Array(nodeCount);
  const frontier = new Int32Array(nodeCount);
  const touched = new Int32Array(nodeCount);
  for (let batch = 0; batch < sources.length; batch += WORD) {
    let frontierSize = 0;
    const end = Math.min(sources.length, batch + WORD);
    for (let i = batch; i < end; i += 1) {
      const s = sources[i]!;
      checkSource('analytics/traversal/multi-source-bfs', s, nodeCount);
      const bit = 1 << (i - batch);
      if (visit[s] === 0) frontier[frontierSize++] = s;
      seen[s]! |= bit;
      visit[s]! |= bit;
    }
    for (let d = 1; frontierSize > 0; d += 1) {
      // Spread this level's words to the neighbours that some of those sources have not seen.
      let touchedSize = 0;
      for (let f = 0; f < frontierSize; f += 1) {
        const v = frontier[f]!;
        const bits = visit[v]!;
        visit[v] = 0;
        const last = offsets[v + 1]!;
        for (let a = offsets[v]!; a < last; a += 1) {
          const w = targets[a]!;
          const unseen = bits & ~seen[w]!;
          if (unseen !== 0) {
            if (next[w] === 0) touched[touchedSize++] = w;
            next[w]! |= unseen;
          }
        }
      }
      frontierSize = nextFrontier({ seen, visit, next, frontier, touched }, touchedSize, (w, arriving) => found(w, bitCount(arriving), d));
    }
    seen.fill(0);
  }
}

/** The words of a bit-parallel search: which sources have seen, reach now and reach next each node. */
export interface SearchWords {
  readonly seen: Int32Array;
  readonly visit: Int32Array;
  readonly next: Int32Array;
  readonly frontier: Int32Array;
  /** The nodes some source may reach next (their `next` word is set). */
  readonly touched: Int32Array;
}

/**
 * Ends a level: the sources arriving at a touched node for the first time are marked seen and
 * make that node part of the next frontier. Returns the frontier's size; `arrived` hears of
 * each node with the sources arriving there.
 */
export function nextFrontier(words: SearchWords, touchedSize: number, arrived?: (w: number, arriving: number) => void): number {
  const { seen, visit, next, frontier, touched } = words;
  let frontierSize = 0;
  for (let t = 0; t < touchedSize; t += 1) {
    const w = touched[t]!;
    const arriving = next[w]! & ~seen[w]!;
    next[w] = 0;
    if (arriving === 0) continue;
    seen[w]! |= arriving;
    visit[w] = arriving;
    frontier[frontierSize++] = w;
    arrived?.(w, arriving);
  }
  return frontierSize;
}

/** The number of set bits of a 32-bit word (SWAR popcount). */
export function bitCount(word: number): number {
  let x = word - ((word >>> 1) & 0x55555555);
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (((x + (x >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}
