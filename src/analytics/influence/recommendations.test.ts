import { describe, expect, it } from 'vitest';
import { louvain } from '../communities/louvain.ts';
import { betweennessCentrality } from '../metrics/centrality/betweenness.ts';
import { buildNetwork } from '../network/build-network.ts';
import { personIndex as p, region } from '../network/test-region.ts';
import { brokersToMeet, staleStrongTies, unreachedDecisionMakers } from './recommendations.ts';

const people = buildNetwork(region, { projection: 'people' });
const firstName = (node: { name: string }) => node.name.split(' ')[0];

describe('unreachedDecisionMakers', () => {
  it('lists the decision-makers beyond two steps, closest first, unreachable last', () => {
    const answer = unreachedDecisionMakers(people, p('p-joris'), [p('p-daan'), p('p-iris'), p('p-bram'), p('p-lotte')]);
    expect(answer.map((x) => [firstName(x.node), x.distance])).toEqual([
      ['Bram', 3],
      ['Daan', 3],
      ['Iris', null],
    ]);
  });

  it('gives no distance beyond the horizon and refuses a horizon below the steps', () => {
    expect(unreachedDecisionMakers(people, p('p-joris'), [p('p-daan')], { steps: 1, horizon: 2 })).toEqual([
      { node: expect.objectContaining({ id: 'p-daan' }), distance: null },
    ]);
    expect(() => unreachedDecisionMakers(people, 0, [], { steps: 3, horizon: 2 })).toThrow(/horizon/);
  });
});

describe('brokersToMeet', () => {
  // Kapelle and Goes (0), Borsele and Reimerswaal (1), province and university (2), Iris alone (3).
  const communities = Int32Array.from([0, 0, 0, 0, 1, 2, 2, 1, 3]);
  const betweenness = Float64Array.from([10, 1, 6, 0, 5, 3, 0, 0, NaN]);

  it('ranks people who span communities and are not yet my contacts', () => {
    const answer = brokersToMeet(people, p('p-joris'), { communities, scores: betweenness }, { limit: 3 });
    // Eva is Joris's contact; Bram's ties stay inside his community.
    expect(answer.map((x) => [firstName(x.node), x.score, x.communities, x.distance])).toEqual([
      ['Lotte', 6, [0, 2], 2],
      ['Noor', 5, [1, 0], 2],
      ['Daan', 3, [2, 0], 3],
    ]);
  });

  it('takes low constraint as the better broker when told so', () => {
    const constraint = Float64Array.from([0.2, 0.9, 0.3, 0.8, 0.5, 0.4, 0.9, 1, NaN]);
    const answer = brokersToMeet(people, p('p-joris'), { communities, scores: constraint }, { higherIsBetter: false, limit: 3 });
    expect(answer.map((x) => firstName(x.node))).toEqual(['Lotte', 'Daan', 'Noor']);
  });

  it('works on what the metrics modules compute', () => {
    const { labels } = louvain(people.graph);
    const scores = betweennessCentrality(people.graph, { directed: false });
    const answer = brokersToMeet(people, p('p-bram'), { communities: labels, scores });
    // Eva lies on every path between Bram's side and the rest, and is not his contact yet.
    expect(firstName(answer[0]!.node)).toBe('Eva');
    expect(answer[0]!.distance).toBe(2);
    expect(answer.every((x) => x.communities.length >= 2 && x.node.id !== 'p-noor')).toBe(true);
  });

  it('refuses metrics of the wrong length', () => {
    expect(() => brokersToMeet(people, 0, { communities: [0], scores: [1] })).toThrow(/one entry per node/);
  });
});

describe('staleStrongTies', () => {
  const asOf = '2026-11-27';

  it('finds strong ties without contact for more than half a year', () => {
    const answer = staleStrongTies(people, asOf);
    expect(answer.map((x) => [x.tie.relationId, x.lastContact, x.daysSince])).toEqual([['r-eva-lotte', '2025-01-10', 686]]);
    expect(answer[0]).toMatchObject({ from: { id: 'p-eva' }, to: { id: 'p-lotte' }, tie: { via: 'knows', strength: 4 } });
  });

  it('uses the threshold given, stalest first', () => {
    // Daan—Fleur: 179 days; Noor—Bram: 118 days; Eva—Joris: 57 days.
    const answer = staleStrongTies(people, asOf, { staleAfterDays: 100 });
    expect(answer.map((x) => x.tie.relationId)).toEqual(['r-eva-lotte', 'r-daan-fleur', 'r-noor-bram']);
    expect(staleStrongTies(people, asOf, { staleAfterDays: 179 }).map((x) => x.tie.relationId)).toEqual(['r-eva-lotte']);
  });

  it('looks at one person’s ties, and counts a logged contact with the other end', () => {
    expect(staleStrongTies(people, asOf, { of: p('p-daan'), staleAfterDays: 100 }).map((x) => x.tie.relationId)).toEqual(['r-daan-fleur']);
    const lastContact = region.people.map((person) => (person.id === 'p-lotte' ? '2026-11-01' : null));
    expect(staleStrongTies(people, asOf, { of: p('p-eva'), lastContactByNode: lastContact })).toEqual([]);
    expect(staleStrongTies(people, asOf, { of: p('p-eva') }).length).toBe(1);
  });

  it('lists ties never in touch on record first when asked', () => {
    const answer = staleStrongTies(people, asOf, { minStrength: 2, includeUnknown: true });
    expect(answer[0]).toMatchObject({ lastContact: null, daysSince: null, tie: { relationId: 'r-joris-sander' } });
  });

  it('names a relation once even when it ties several pairs of organisations', () => {
    const twoJobs = { ...region, affiliations: [...region.affiliations, { personId: 'p-lotte', organisationId: 'o-zeeland' }] };
    const organisations = buildNetwork(twoJobs, { projection: 'organisations', onDate: '2026-01-01' });
    expect(organisations.ties.relationId.filter((id) => id === 'r-eva-lotte').length).toBe(2);
    expect(staleStrongTies(organisations, asOf).map((x) => [x.tie.relationId, x.from.id])).toEqual([['r-eva-lotte', 'o-kapelle-iv']]);
  });

  it('refuses a date that is not one', () => {
    expect(() => staleStrongTies(people, 'today')).toThrow(/asOf/);
  });
});
