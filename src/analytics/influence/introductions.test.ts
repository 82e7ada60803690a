import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildNetwork } from '../network/build-network.ts';
import { nodeIndexById } from '../network/explain-ties.ts';
import { personIndex as p, region } from '../network/test-region.ts';
import { introductions } from './introductions.ts';
import { arbitraryNetwork, toInput } from './random-network.ts';

const people = buildNetwork(region, { projection: 'people' });
const firstNames = (list: { introducer: { name: string } }[]) => list.map((x) => x.introducer.name.split(' ')[0]);

describe('introductions on the test region', () => {
  it('ranks shared contacts by their weaker tie', () => {
    const answer = introductions(people, p('p-eva'), p('p-sander'));
    expect(answer.direct).toBeNull();
    // Lotte: 4 to Eva, 4 to Sander; Joris: 5 to Eva but only 2 to Sander.
    expect(firstNames(answer.shared)).toEqual(['Lotte', 'Joris']);
    expect(answer.shared[0]).toMatchObject({
      score: 4,
      toSource: { via: 'knows', strength: 4, since: '2019-03-20', relationId: 'r-eva-lotte' },
      toTarget: { via: 'advises', strength: 4, relationId: 'r-lotte-sander' },
    });
    expect(answer.shared[1]!.score).toBe(2);
    expect(answer.secondDegree).toEqual([]);
  });

  it('names the direct tie too when there is one', () => {
    const answer = introductions(people, p('p-eva'), p('p-daan'));
    expect(firstNames(answer.shared)).toEqual(['Lotte', 'Fleur']);
    expect(introductions(people, p('p-eva'), p('p-joris')).direct).toMatchObject({ via: 'works_with', strength: 5 });
  });

  it('offers pairs of introducers when nobody knows both', () => {
    const answer = introductions(people, p('p-joris'), p('p-daan'));
    expect(answer.shared).toEqual([]);
    const chains = answer.secondDegree.map((chain) => [chain.first.name.split(' ')[0], chain.second.name.split(' ')[0], chain.score]);
    // Joris—Eva 5, Eva—Lotte 4, Lotte—Daan 3; Joris—Sander 2; Eva—Fleur 1.
    expect(chains).toEqual([
      ['Eva', 'Lotte', 3],
      ['Sander', 'Lotte', 2],
      ['Eva', 'Fleur', 1],
    ]);
    expect(introductions(people, p('p-joris'), p('p-daan'), { secondDegree: false }).secondDegree).toEqual([]);
    expect(introductions(people, p('p-joris'), p('p-daan'), { limit: 1 }).secondDegree.length).toBe(1);
  });

  it('lets organisations introduce only when asked', () => {
    const mixed = buildNetwork(region);
    const at = nodeIndexById(mixed);
    const lotte = at.get('p-lotte')!;
    const sander = at.get('p-sander')!;
    expect(introductions(mixed, lotte, sander).shared).toEqual([]);
    const withOrganisations = introductions(mixed, lotte, sander, { peopleOnly: false });
    expect(withOrganisations.shared.map((x) => x.introducer.id)).toEqual(['o-goes']);
    expect(withOrganisations.shared[0]!.toSource).toMatchObject({ via: 'affiliation', strength: null, weight: 3 });
  });

  it('refuses nodes outside the network', () => {
    expect(() => introductions(people, 0, 42)).toThrow(/target 42/);
  });
});

describe('introductions properties', () => {
  it('the introducers are exactly the common neighbours, best first', () => {
    fc.assert(
      fc.property(arbitraryNetwork(9, 30), fc.nat(), fc.nat(), ({ size, relations }, s, t) => {
        const network = buildNetwork(toInput(size, relations), { projection: 'people' });
        const source = s % size;
        const target = t % size;
        const neighbours = (v: number) =>
          new Set(relations.filter((r) => r.from !== r.to && (r.from === v || r.to === v)).map((r) => (r.from === v ? r.to : r.from)));
        const expected = [...neighbours(source)].filter((c) => neighbours(target).has(c) && c !== source && c !== target).sort();
        const answer = introductions(network, source, target, { limit: size });
        expect(answer.shared.map((x) => x.introducer.index).sort()).toEqual(expected);
        for (let i = 1; i < answer.shared.length; i += 1) expect(answer.shared[i]!.score).toBeLessThanOrEqual(answer.shared[i - 1]!.score);
        for (const x of answer.shared) expect(x.score).toBe(Math.min(x.toSource.weight, x.toTarget.weight));
      }),
      { numRuns: 200 },
    );
  });
});
