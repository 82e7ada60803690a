/**
 * Seeded pseudo-random numbers for everything random in analytics (pivots, Louvain's node
 * order, generated networks), so every result can be reproduced from its seed.
 * mulberry32: Tommy Ettinger's 32-bit generator; fast, and good enough for sampling.
 */

/** A function returning uniform numbers in [0, 1). */
export type Rng = () => number;

/** A generator seeded with a 32-bit integer. */
export function seededRng(seed: number): Rng {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A uniform integer in [0, bound). */
export function randomInt(rng: Rng, bound: number): number {
  return Math.floor(rng() * bound);
}

/** Shuffles the array in place (Fisher–Yates) and returns it. */
export function shuffle<T extends { length: number; [index: number]: unknown }>(rng: Rng, items: T): T {
  for (let i = items.length - 1; i > 0; i -= 1) {
    const j = randomInt(rng, i + 1);
    const swap = items[i];
    items[i] = items[j];
    items[j] = swap;
  }
  return items;
}

/** `count` distinct integers from [0, bound), in random order (partial Fisher–Yates). */
export function sampleWithoutReplacement(rng: Rng, bound: number, count: number): Int32Array {
  const take = Math.min(count, bound);
  const pool = new Int32Array(bound);
  for (let i = 0; i < bound; i += 1) pool[i] = i;
  for (let i = 0; i < take; i += 1) {
    const j = i + randomInt(rng, bound - i);
    const swap = pool[i]!;
    pool[i] = pool[j]!;
    pool[j] = swap;
  }
  return pool.slice(0, take);
}
