import { describe, expect, it } from 'vitest';
import { findArc } from '../graph.ts';
import { buildNetwork } from './build-network.ts';
import { describeTie, nodeIndexById, strongestTie, tiesBetween } from './explain-ties.ts';
import { NODE_ORGANISATION, NODE_PERSON, TIE_COLLEAGUE, type Network } from './network.types.ts';
import { personIndex as p, region } from './test-region.ts';

const idOf = (network: Network) => {
  const index = nodeIndexById(network);
  return (id: string) => index.get(id)!;
};

const weightBetween = (network: Network, u: number, v: number, view: 'out' | 'undirected' = 'undirected') => {
  const adjacency = network.graph[view];
  const arc = findArc(adjacency, u, v);
  return arc < 0 ? null : adjacency.weights[arc];
};

describe('buildNetwork, people projection', () => {
  const network = buildNetwork(region, { projection: 'people' });

  it('has one node per person, in input order, and keeps person—person relations only', () => {
    expect(network.nodeIds).toEqual(region.people.map((person) => person.id));
    expect([...network.nodeKinds].every((kind) => kind === NODE_PERSON)).toBe(true);
    expect(network.ties.count).toBe(9);
    expect(network.skipped).toEqual({ notValidOnDate: 0, unknownEnds: 0, outsideProjection: 2 });
  });

  it('weighs a tie by its strength and keeps directed relations one-way', () => {
    expect(weightBetween(network, p('p-eva'), p('p-joris'))).toBe(5);
    expect(weightBetween(network, p('p-lotte'), p('p-sander'), 'out')).toBe(4);
    expect(weightBetween(network, p('p-sander'), p('p-lotte'), 'out')).toBeNull();
    expect(weightBetween(network, p('p-sander'), p('p-lotte'))).toBe(4);
    expect(network.graph.directed).toBe(true);
  });

  it('explains an arc by the relation behind it', () => {
    const ties = tiesBetween(network, p('p-sander'), p('p-lotte'));
    expect(ties.length).toBe(1);
    expect(describeTie(network, ties[0]!)).toMatchObject({
      kind: 'relation',
      from: 'p-lotte',
      to: 'p-sander',
      via: 'advises',
      directed: true,
      strength: 4,
      since: '2020-02-01',
      relationId: 'r-lotte-sander',
    });
    expect(tiesBetween(network, p('p-eva'), p('p-sander')).length).toBe(0);
  });

  it('keeps only what holds on the date', () => {
    const in2019 = buildNetwork(region, { projection: 'people', onDate: '2019-06-01' });
    // Valid on that day: Eva—Joris, Eva—Lotte, Noor—Bram.
    expect(in2019.ties.count).toBe(3);
    const after = buildNetwork(region, { projection: 'people', onDate: '2024-01-01' });
    expect(tiesBetween(after, p('p-eva'), p('p-fleur')).length).toBe(0);
    expect(tiesBetween(network, p('p-eva'), p('p-fleur')).length).toBe(1);
  });

  it('links small organisations’ members as colleagues, with a low weight added to their relations', () => {
    const withColleagues = buildNetwork(region, { projection: 'people', colleagueTies: true, onDate: '2024-01-01' });
    // Goes has Lotte and Sander; Borsele has only Noor on that date (Iris left in 2018).
    expect(weightBetween(withColleagues, p('p-lotte'), p('p-sander'))).toBe(4.5);
    const kinds = [...tiesBetween(withColleagues, p('p-lotte'), p('p-sander'))].map((t) => describeTie(withColleagues, t));
    expect(kinds.map((tie) => tie.kind).sort()).toEqual(['colleague', 'relation']);
    expect(kinds.find((tie) => tie.kind === 'colleague')).toMatchObject({ organisationId: 'o-goes', via: 'colleague' });
    expect(strongestTie(withColleagues, p('p-sander'), p('p-lotte'))).toBe(kinds.find((tie) => tie.kind === 'relation')!.tie);
  });

  it('gives no colleague ties in organisations larger than the cap', () => {
    const capped = buildNetwork(
      { ...region, affiliations: [...region.affiliations, { personId: 'p-bram', organisationId: 'o-goes', since: null, until: null }] },
      { projection: 'people', colleagueTies: true, maxColleagueGroup: 2, onDate: '2024-01-01' },
    );
    // Goes now has three members, above the cap; Borsele only Noor on that date.
    expect([...capped.ties.kind].filter((kind) => kind === TIE_COLLEAGUE)).toEqual([]);
    expect(capped.ties.count).toBe(8);
  });

  it('treats every relation as mutual when direction is not respected', () => {
    const mutual = buildNetwork(region, { projection: 'people', respectDirection: false });
    expect(mutual.graph.directed).toBe(false);
    expect(weightBetween(mutual, p('p-sander'), p('p-lotte'), 'out')).toBe(4);
  });
});

describe('buildNetwork, people and organisations', () => {
  const network = buildNetwork(region);
  const at = idOf(network);

  it('has people and then organisations as nodes', () => {
    expect(network.nodeIds.length).toBe(region.people.length + region.organisations.length);
    expect(network.nodeKinds[at('o-goes')]).toBe(NODE_ORGANISATION);
    expect(network.nodeNames[at('o-goes')]).toBe('Gemeente Goes');
  });

  it('ties people to their organisations, units to their parent, and keeps organisation relations', () => {
    expect(network.ties.count).toBe(11 + 9 + 1);
    const affiliation = describeTie(network, strongestTie(network, at('p-sander'), at('o-goes')));
    expect(affiliation).toMatchObject({ kind: 'affiliation', role: 'burgemeester', since: '2016-09-01', weight: 3, strength: null });
    expect(describeTie(network, strongestTie(network, at('o-kapelle-iv'), at('o-kapelle'))).kind).toBe('unit');
    // Joris is a member of Kapelle twice over: the affiliation and the member_of relation.
    expect(weightBetween(network, at('p-joris'), at('o-kapelle'))).toBe(6);
    expect(weightBetween(network, at('o-goes'), at('o-kapelle'))).toBe(4);
  });

  it('drops affiliations that ended before the date', () => {
    const now = buildNetwork(region, { onDate: '2024-01-01' });
    expect(tiesBetween(now, idOf(now)('p-iris'), idOf(now)('o-borsele')).length).toBe(0);
    expect(now.skipped.notValidOnDate).toBe(2);
  });
});

describe('buildNetwork, organisations projection', () => {
  const network = buildNetwork(region, { projection: 'organisations', onDate: '2024-06-01' });
  const at = idOf(network);

  it('carries people’s relations over to their organisations', () => {
    expect(network.nodeIds).toEqual(region.organisations.map((o) => o.id));
    // Eva (Kapelle IV) knows Lotte (Goes): IV—Goes; Lotte—Sander both in Goes: dropped.
    const ivGoes = [...tiesBetween(network, at('o-kapelle-iv'), at('o-goes'))].map((t) => describeTie(network, t));
    expect(ivGoes).toEqual([expect.objectContaining({ from: 'p-eva', to: 'p-lotte', via: 'knows', strength: 4 })]);
    expect(weightBetween(network, at('o-goes'), at('o-goes'))).toBeNull();
    // Kapelle—Goes: their own relation (4) and Joris knows Sander (2).
    expect(weightBetween(network, at('o-kapelle'), at('o-goes'))).toBe(6);
    // Joris is member of Kapelle (his own organisation): no tie.
    expect(network.skipped.outsideProjection).toBe(2);
  });

  it('rolls units up into their organisation when asked', () => {
    const rolled = buildNetwork(region, { projection: 'organisations', onDate: '2024-06-01', rollUpUnits: true });
    const index = idOf(rolled);
    expect(rolled.nodeIds).not.toContain('o-kapelle-iv');
    // Kapelle—Goes: own relation 4, Joris—Sander 2, Eva—Lotte 4.
    expect(weightBetween(rolled, index('o-kapelle'), index('o-goes'))).toBe(10);
    // Eva—Joris is now within Kapelle.
    expect(rolled.skipped.outsideProjection).toBe(3);
  });
});

describe('buildNetwork input checks', () => {
  it('refuses ids used twice and names every bad option', () => {
    expect(() => buildNetwork({ ...region, people: [...region.people, { id: 'o-goes', name: 'X' }] })).toThrow(/o-goes/);
    expect(() => buildNetwork(region, { onDate: '1 May', strengthWeights: [1, 2], colleagueWeight: 0 })).toThrow(
      /onDate.*strengthWeights.*colleagueWeight/,
    );
  });

  it('counts relations whose ends are unknown', () => {
    const network = buildNetwork(
      {
        ...region,
        relations: [...region.relations, { id: 'r-x', from: 'p-eva', to: 'p-nobody', type: 'knows', directed: false, strength: 3 }],
      },
      { projection: 'people' },
    );
    expect(network.skipped.unknownEnds).toBe(1);
  });
});
