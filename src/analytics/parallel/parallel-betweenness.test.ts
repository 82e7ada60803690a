import { describe, expect, it } from 'vitest';
import { buildGraph } from '../graph.ts';
import { expectClose } from '../fixtures/expect-close.ts';
import { KARATE_NODE_COUNT, karateEdgeList } from '../fixtures/karate.ts';
import { betweennessCentrality, betweennessSums } from '../metrics/centrality/betweenness.ts';
import { sampledBetweenness } from '../metrics/centrality/sampled-betweenness.ts';
import { adaptiveBetweenness } from '../metrics/centrality/adaptive-betweenness.ts';
import { BetweennessTeam } from './betweenness-team.ts';
import { idleWorkerCount } from './team-worker.ts';
import { deal, parallelAdaptiveBetweenness, parallelBetweenness, parallelSampledBetweenness } from './parallel-betweenness.ts';

const karate = buildGraph(KARATE_NODE_COUNT, karateEdgeList(true));

describe('parallel betweenness', () => {
  it('deals every source into exactly one share', () => {
    const shares = deal(Int32Array.from([5, 6, 7, 8, 9]), 2);
    expect(deal(Int32Array.from([1, 2, 3, 4, 5, 6, 7]), 2, 2).map((share) => Array.from(share))).toEqual([
      [1, 2, 5, 6],
      [3, 4, 7],
    ]);
    expect(shares.map((share) => Array.from(share))).toEqual([
      [5, 7, 9],
      [6, 8],
    ]);
  });

  it('equals the single-threaded exact value when a worker takes half the sources', async () => {
    for (const weighted of [false, true]) {
      for (const renumber of [false, true]) {
        const parallel = await parallelBetweenness(karate, { weighted, renumber, threads: 2, minimumWork: 0 });
        expectClose(parallel, betweennessCentrality(karate, { weighted }));
      }
    }
  });

  it('equals the single-threaded estimate for the same seed, error included', async () => {
    const options = { pivots: 12, seed: 9, normalized: true };
    const parallel = await parallelSampledBetweenness(karate, { ...options, threads: 3, minimumWork: 0 });
    const single = sampledBetweenness(karate, options);
    expectClose(parallel.estimate, single.estimate);
    expectClose(parallel.standardError, single.standardError);
    expect(parallel.errorBound).toBe(single.errorBound);
    expect(parallel.pivotCount).toBe(12);
  });

  it('keeps its workers between calls: a team answers round after round', async () => {
    const team = BetweennessTeam.open(karate, {}, 2);
    try {
      const first = await team.sums(Int32Array.from([0, 1, 2, 3]));
      const second = await team.sums(Int32Array.from([0, 1, 2, 3]));
      expect(second.sourceCount).toBe(4);
      expectClose(second.sums, first.sums);
    } finally {
      await team.close();
    }
    await expect(team.sums(Int32Array.from([0]))).rejects.toThrow(/closed/);
  });

  it("lends a closed team's worker, warm and without the old graph, to the next team", async () => {
    const first = BetweennessTeam.open(karate, {}, 2);
    await first.sums(Int32Array.from([0, 1]));
    await first.close();
    const idle = idleWorkerCount();
    expect(idle).toBeGreaterThan(0);
    const path = buildGraph(5, { sources: Int32Array.from([0, 1, 2, 3]), targets: Int32Array.from([1, 2, 3, 4]) });
    const second = BetweennessTeam.open(path, {}, 2);
    expect(idleWorkerCount()).toBe(idle - 1);
    try {
      const sums = await second.sums(Int32Array.from([0, 1, 2, 3, 4]));
      expectClose(sums.sums, betweennessSums(path, [0, 1, 2, 3, 4]).sums);
    } finally {
      await second.close();
    }
    expect(idleWorkerCount()).toBe(idle);
  });

  it('gives the single-threaded adaptive estimate, round for round', async () => {
    const options = { top: 5, initialPivots: 3, seed: 4 };
    const parallel = await parallelAdaptiveBetweenness(karate, { ...options, threads: 2, minimumWork: 0 });
    const single = await adaptiveBetweenness(karate, options);
    expect(parallel.rounds).toEqual(single.rounds);
    expectClose(parallel.estimate, single.estimate);
  });

  it('rejects a source outside the graph before any member searches, and stays usable', async () => {
    const team = BetweennessTeam.open(karate, {}, 2);
    try {
      // Forty sources: the team's second member would get the bad one.
      const sources = Int32Array.from({ length: 40 }, (_, i) => (i === 39 ? 99 : i % 34));
      await expect(team.sums(sources)).rejects.toThrow(/source 99 is outside 0\.\.33/);
      const sums = await team.sums(Int32Array.from([0, 1]));
      expectClose(sums.sums, betweennessSums(karate, [0, 1]).sums);
    } finally {
      await team.close();
    }
  });

  it('keeps small graphs on the calling thread, and rejects a bad thread count', async () => {
    expectClose(await parallelBetweenness(karate), betweennessCentrality(karate));
    await expect(parallelBetweenness(karate, { threads: 0 })).rejects.toThrow(/^analytics\/parallel\/parallel-betweenness: threads/);
  });
});
