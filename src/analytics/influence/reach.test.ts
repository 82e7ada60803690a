import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildNetwork } from '../network/build-network.ts';
import { nodeIndexById } from '../network/explain-ties.ts';
import { personIndex as p, region } from '../network/test-region.ts';
import { createShortestPaths, runShortestPaths } from '../traversal/shortest-paths.ts';
import { arbitraryNetwork, toInput } from './random-network.ts';
import { reach, shareWithin } from './reach.ts';

const people = buildNetwork(region, { projection: 'people' });
const ids = (ring: Int32Array) => [...ring].map((v) => people.nodeIds[v]);

describe('reach on the test region', () => {
  it('lists who is one, two and three steps from Eva', () => {
    const answer = reach(people, p('p-eva'));
    expect(answer.rings.map(ids)).toEqual([['p-joris', 'p-lotte', 'p-noor', 'p-fleur'], ['p-sander', 'p-daan', 'p-bram'], []]);
    expect(answer.counts).toEqual([4, 3, 0]);
    expect(answer.within).toEqual([4, 7, 7]);
    expect(answer.source).toEqual({ index: p('p-eva'), id: 'p-eva', name: 'Eva de Wit' });
  });

  it('follows directed relations only their way when asked', () => {
    // Lotte advises Sander: from Sander that relation leads nowhere.
    const answer = reach(people, p('p-sander'), { direction: 'out', maxSteps: 4 });
    expect(answer.rings.map(ids)).toEqual([['p-joris'], ['p-eva'], ['p-lotte', 'p-noor', 'p-fleur'], ['p-daan', 'p-bram']]);
  });

  it('counts people only while walking through organisations', () => {
    const mixed = buildNetwork(region);
    const at = nodeIndexById(mixed);
    const all = reach(mixed, at.get('p-eva')!, { maxSteps: 2 });
    const onlyPeople = reach(mixed, at.get('p-eva')!, { maxSteps: 2, count: 'people' });
    // Step 1 holds Eva's team as well as her four contacts.
    expect(all.counts[0]).toBe(5);
    expect(onlyPeople.counts[0]).toBe(4);
    expect([...onlyPeople.rings[1]!].every((v) => mixed.nodeKinds[v] === 0)).toBe(true);
  });

  it('tells how much of a group of decision-makers is within two steps', () => {
    const answer = shareWithin(people, p('p-eva'), [p('p-sander'), p('p-bram'), p('p-iris'), p('p-sander')]);
    expect([...answer.reached]).toEqual([p('p-sander'), p('p-bram')].sort());
    expect([...answer.missed]).toEqual([p('p-iris')]);
    expect(answer.share).toBeCloseTo(2 / 3, 12);
    expect(shareWithin(people, p('p-eva'), []).share).toBe(0);
    expect(shareWithin(people, p('p-eva'), [p('p-daan')], { steps: 1 }).share).toBe(0);
  });

  it('refuses bad input', () => {
    expect(() => reach(people, 99)).toThrow(/source 99/);
    expect(() => reach(people, 0, { maxSteps: 0 })).toThrow(/maxSteps/);
    expect(() => shareWithin(people, 0, [77])).toThrow(/group member 77/);
  });
});

describe('reach properties', () => {
  it('rings agree with breadth-first distances, and shares with them too', () => {
    fc.assert(
      fc.property(
        arbitraryNetwork(12, 30),
        fc.nat(),
        fc.integer({ min: 1, max: 5 }),
        fc.constantFrom('undirected' as const, 'out' as const),
        ({ size, relations }, s, maxSteps, direction) => {
          const network = buildNetwork(toInput(size, relations), { projection: 'people' });
          const source = s % size;
          const oracle = createShortestPaths(network.graph, { direction });
          runShortestPaths(oracle, source);
          const answer = reach(network, source, { maxSteps, direction });
          for (let d = 1; d <= maxSteps; d += 1) {
            const expected = [];
            for (let v = 0; v < size; v += 1) if (oracle.distance[v] === d) expected.push(v);
            expect([...answer.rings[d - 1]!]).toEqual(expected);
          }
          const everyone = Array.from({ length: size }, (_, v) => v);
          const share = shareWithin(network, source, everyone, { steps: maxSteps, direction });
          expect([...share.reached]).toEqual(everyone.filter((v) => oracle.distance[v]! <= maxSteps));
          expect([...share.distances]).toEqual([...share.reached].map((v) => oracle.distance[v]));
        },
      ),
      { numRuns: 300 },
    );
  });
});
