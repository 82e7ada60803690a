import { describe, expect, it } from 'vitest';
import { maxAbsDifference, ranks, spearman, topIndices, topOrderMatch } from './agreement.ts';

describe('agreement measures', () => {
  it('finds the largest absolute difference and lets equal infinities agree', () => {
    expect(maxAbsDifference([1, 2, Infinity], [1.5, 1, Infinity])).toBe(1);
    expect(maxAbsDifference([1, Infinity], [1, 3])).toBe(Infinity);
    expect(maxAbsDifference([1], [1, 2])).toBe(Infinity);
  });

  it('gives tied values their average rank', () => {
    expect(Array.from(ranks([10, 30, 20, 30]))).toEqual([1, 3.5, 2, 3.5]);
  });

  it('computes Spearman correlation for same, reversed and tied orders', () => {
    expect(spearman([1, 2, 3, 4], [10, 20, 30, 40])).toBeCloseTo(1, 12);
    expect(spearman([1, 2, 3, 4], [4, 3, 2, 1])).toBeCloseTo(-1, 12);
    // Ranks [1, 2, 3, 4] against [1.5, 1.5, 3, 4].
    expect(spearman([1, 2, 3, 4], [5, 5, 6, 7])).toBeCloseTo(0.9486833, 6);
  });

  it('counts how many leading places of the top ranking agree', () => {
    expect(topIndices([5, 9, 1, 9], 3)).toEqual([1, 3, 0]);
    expect(topOrderMatch([3, 2, 1, 0], [30, 20, 10, 0], 3)).toBe(3);
    expect(topOrderMatch([3, 1, 2, 0], [30, 20, 10, 0], 3)).toBe(1);
  });
});
