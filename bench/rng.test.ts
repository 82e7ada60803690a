import { describe, expect, it } from 'vitest';
import { createRng, cumulative, deriveSeed } from './rng.ts';

describe('createRng', () => {
  it('repeats its sequence for the same seed', () => {
    const a = createRng(7);
    const b = createRng(7);
    expect(Array.from({ length: 20 }, () => a.next())).toEqual(Array.from({ length: 20 }, () => b.next()));
    expect(createRng(8).next()).not.toBe(createRng(7).next());
  });

  it('stays within bounds', () => {
    const rng = createRng(1);
    for (let i = 0; i < 10_000; i++) {
      const x = rng.next();
      expect(x >= 0 && x < 1).toBe(true);
      const n = rng.between(3, 5);
      expect(n >= 3 && n <= 5 && Number.isInteger(n)).toBe(true);
    }
  });

  it('picks by weight', () => {
    const rng = createRng(2);
    const counts = [0, 0, 0];
    const weights = cumulative([1, 0, 3]);
    for (let i = 0; i < 40_000; i++) counts[rng.weighted(weights)]! += 1;
    expect(counts[1]).toBe(0);
    expect(counts[2]! / counts[0]!).toBeGreaterThan(2.7);
    expect(counts[2]! / counts[0]!).toBeLessThan(3.3);
  });

  it('makes UUID v4 strings', () => {
    const rng = createRng(3);
    for (let i = 0; i < 100; i++) expect(rng.uuid()).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('derives distinct seeds per stream', () => {
    expect(new Set([0, 1, 2, 3].map((s) => deriveSeed(42, s))).size).toBe(4);
  });
});
