import { describe, expect, it } from 'vitest';
import { expectClose } from '../../fixtures/expect-close.ts';
import { KARATE_NODE_COUNT, karateEdgeList } from '../../fixtures/karate.ts';
import { buildGraph } from '../../graph.ts';
import { adaptiveBetweenness, separatedTop } from './adaptive-betweenness.ts';
import { betweennessCentrality } from './betweenness.ts';
import { sampledBetweenness, type BetweennessEstimate } from './sampled-betweenness.ts';
import { normalQuantile } from './sampling.ts';

const karate = buildGraph(KARATE_NODE_COUNT, karateEdgeList());

function estimateOf(values: number[], errors: number[]): BetweennessEstimate {
  return {
    estimate: Float64Array.from(values),
    standardError: Float64Array.from(errors),
    errorBound: 0,
    confidence: 0.95,
    pivotCount: 1,
  };
}

function topOrder(values: Float64Array, count: number): number[] {
  return Array.from(values.keys())
    .sort((a, b) => values[b]! - values[a]! || a - b)
    .slice(0, count);
}

describe('adaptive betweenness', () => {
  it('counts how many of the top stand clear of the next one', () => {
    const estimate = estimateOf([10, 2, 8, 7.9, 1], [0.1, 0.1, 0.1, 0.1, 0.1]);
    // 10 vs 8: gap 2, error √0.02 ≈ 0.14; 8 vs 7.9: gap 0.1 is within 2 errors.
    expect(separatedTop(estimate, 3, 2)).toBe(1);
    expect(separatedTop(estimateOf([10, 2, 8, 7.9, 1], [0, 0, 0, 0, 0]), 3, 2)).toBe(3);
    expect(separatedTop(estimateOf([5, 5], [0, 0]), 1, 2)).toBe(0);
    expect(separatedTop(estimateOf([5], [1]), 20, 2)).toBe(1);
  });

  it('doubles the pivots until the top is ordered, and then ranks the top as the exact value does', async () => {
    const exact = betweennessCentrality(karate);
    const result = await adaptiveBetweenness(karate, { top: 3, initialPivots: 2, seed: 5 });
    expect(result.rounds[0]).toBe(2);
    for (let r = 1; r < result.rounds.length; r += 1) expect(result.rounds[r]).toBe(Math.min(KARATE_NODE_COUNT, 2 * result.rounds[r - 1]!));
    expect(result.pivotCount).toBe(result.rounds.at(-1));
    expect(result.separated).toBe(3);
    expect(topOrder(result.estimate, 3)).toEqual(topOrder(exact, 3));
  });

  it('is the exact betweenness when the top never separates (ties), having used every node', async () => {
    const result = await adaptiveBetweenness(karate, { top: 34, initialPivots: 4, seed: 1 });
    expect(result.pivotCount).toBe(KARATE_NODE_COUNT);
    expect(result.separated).toBeLessThan(34);
    expect(result.errorBound).toBe(0);
    expectClose(result.estimate, betweennessCentrality(karate));
  });

  it('stops at the cap, with the same estimate as sampling that many pivots with the same seed', async () => {
    const result = await adaptiveBetweenness(karate, { top: 34, initialPivots: 4, maxPivots: 10, seed: 3 });
    expect(result.rounds).toEqual([4, 8, 10]);
    const fixed = sampledBetweenness(karate, { pivots: 10, seed: 3 });
    expectClose(result.estimate, fixed.estimate);
    expectClose(result.standardError, fixed.standardError);
  });

  it('rejects settings it cannot use', async () => {
    await expect(adaptiveBetweenness(karate, { top: 0 })).rejects.toThrow(/top must be a positive integer/);
    await expect(adaptiveBetweenness(karate, { initialPivots: 1.5 })).rejects.toThrow(/initialPivots/);
    await expect(adaptiveBetweenness(karate, { maxPivots: -1 })).rejects.toThrow(/maxPivots/);
    await expect(adaptiveBetweenness(karate, { confidence: 1 })).rejects.toThrow(/confidence/);
  });
});

describe('the normal quantile', () => {
  it('matches tabulated values', () => {
    expect(normalQuantile(0.5)).toBeCloseTo(0, 9);
    expect(normalQuantile(0.975)).toBeCloseTo(1.959963985, 7);
    expect(normalQuantile(0.001)).toBeCloseTo(-3.090232306, 7);
    expect(normalQuantile(0.99875)).toBeCloseTo(3.023341, 5);
    expect(() => normalQuantile(0)).toThrow(/p in \(0, 1\)/);
  });
});
