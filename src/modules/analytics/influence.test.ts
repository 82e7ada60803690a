import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dialects } from '../../test/databases.ts';
import type { Introductions, Paths, Reach, Recommendations, WhatIf } from './influence.schema.ts';
import { startAnalyticsNetwork } from './test-network.ts';

/** Influence queries on the test network (see test-network.ts), in the people projection. */
describe.each(dialects)('influence API on %s', (dialect) => {
  let net: Awaited<ReturnType<typeof startAnalyticsNetwork>>;
  const names = (nodes: { name: string }[]) => nodes.map((node) => node.name);

  beforeAll(async () => {
    net = await startAnalyticsNetwork(dialect);
  });
  afterAll(() => net.server.close());

  it('tells what is lost if Dewi leaves: Eef is cut off, the ties to Cor and Eef go', async () => {
    const response = await net.ready<WhatIf>(`/analytics/what-if-leaves?projection=people&personId=${net.ids.Dewi}`);
    expect(response.status).toBe(200);
    const body = response.body;
    expect(body).toMatchObject({
      leaver: { id: net.ids.Dewi, name: 'Dewi' },
      splits: true,
      remainingSize: 3,
      cutOffCount: 1,
      stale: false,
    });
    expect(body.cutOff).toEqual([expect.objectContaining({ size: 1, via: expect.objectContaining({ name: 'Eef' }), truncated: false })]);
    expect(names(body.cutOff[0]!.members)).toEqual(['Eef']);
    const lost = Object.fromEntries(body.lostTies.map((tie) => [tie.neighbour.name, tie]));
    expect(lost.Cor).toMatchObject({ bridge: true, cutOff: false, ties: [expect.objectContaining({ via: 'knows', strength: 3 })] });
    expect(lost.Eef).toMatchObject({ bridge: true, cutOff: true });
    const missing = await net.server.request('GET', `${net.ws}/analytics/what-if-leaves?projection=people`, {
      token: net.team.viewer.token,
    });
    expect(missing.status).toBe(400);
  });

  it('names who can introduce Anna to Dewi, weakest tie first', async () => {
    const response = await net.ready<Introductions>(`/analytics/introductions?projection=people&from=${net.ids.Anna}&to=${net.ids.Dewi}`);
    expect(response.status).toBe(200);
    expect(response.body.direct).toBeNull();
    expect(response.body.shared.map((one) => one.introducer.name)).toEqual(['Cor']);
    expect(response.body.shared[0]).toMatchObject({ toSource: { via: 'knows', strength: 3 }, toTarget: { via: 'knows', strength: 3 } });
    expect(response.body.secondDegree).toEqual([]);
    // Nobody knows both Anna and Eef: Cor and Dewi together close the gap.
    const far = await net.ready<Introductions>(`/analytics/introductions?projection=people&from=${net.ids.Anna}&to=${net.ids.Eef}`);
    expect(far.body.shared).toEqual([]);
    expect(far.body.secondDegree.map((pair) => [pair.first.name, pair.second.name])).toEqual([['Cor', 'Dewi']]);
  });

  it("counts reach in steps and the share of a theme's decision-makers within two", async () => {
    const kapelle = await net.post('organisations', { name: 'Gemeente Kapelle', kind: 'municipality' });
    const council = await net.post('organisations', { name: 'Gemeenteraad Kapelle', kind: 'council', parentId: kapelle });
    const theme = await net.post('themes', { title: 'Afvalinzameling', kind: 'regional_theme', organisationIds: [kapelle] });
    await net.post('relations', { from: net.ids.Eef, to: kapelle, type: 'decides_on' });
    await net.post('relations', { from: net.ids.Dewi, to: council, type: 'decides_on' });
    // An ended relation does not make a decision-maker.
    await net.post('relations', { from: net.ids.Bart, to: kapelle, type: 'decides_on', until: '2020-12-31' });

    const response = await net.fresh<Reach>(`/analytics/reach?projection=people&from=${net.ids.Anna}&themeId=${theme}`);
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ from: { name: 'Anna' }, counts: [2, 1, 1], within: [2, 3, 4] });
    expect(response.body.theme).toMatchObject({ themeId: theme, decisionMakers: 2, share: 0.5 });
    expect(response.body.theme!.reached.map((one) => [one.node.name, one.steps])).toEqual([['Dewi', 2]]);
    expect(names(response.body.theme!.missed)).toEqual(['Eef']);

    const noTheme = await net.ready<Reach>(`/analytics/reach?projection=people&from=${net.ids.Cor}`);
    expect(noTheme.body).toMatchObject({ counts: [3, 1, 0], theme: null });
    const unknownTheme = await net.ready(`/analytics/reach?projection=people&from=${net.ids.Cor}&themeId=${net.ids.Anna}`);
    expect(unknownTheme.status).toBe(404);
  });

  it('recommends the decision-makers out of reach and the brokers between communities to meet', async () => {
    // After the previous test, Eef (3 steps from Anna) and Dewi (2 steps) decide on Kapelle.
    const response = await net.fresh<Recommendations>(`/analytics/recommendations?projection=people&from=${net.ids.Anna}`);
    expect(response.status).toBe(200);
    const body = response.body;
    expect(body.unreachedDecisionMakers.map((one) => [one.node.name, one.distance])).toEqual([['Eef', 3]]);
    // Communities: {Anna, Bart, Cor} and {Dewi, Eef}; Dewi's ties reach both, and Anna has none to Dewi.
    expect(body.brokers).toEqual([
      expect.objectContaining({ node: expect.objectContaining({ name: 'Dewi' }), communities: [1, 0], distance: 2 }),
    ]);
    expect(body.staleTies).toEqual([]);
  });

  it("finds the warmest paths from the member's own person, each hop explained", async () => {
    const path = `/analytics/paths?projection=people&to=${net.ids.Eef}&k=2`;
    const unset = await net.ready<{ errors: unknown[] }>(path);
    expect(unset.status).toBe(400);
    expect(unset.body.errors).toEqual([expect.objectContaining({ in: 'query', location: { name: 'from' }, code: 'own_person_not_set' })]);

    const me = await net.server.request('GET', `${net.ws}/members/me`, { token: net.team.viewer.token });
    await net.server.request('PATCH', `${net.ws}/members/me`, {
      token: net.team.viewer.token,
      headers: { 'if-match': me.headers.get('etag')! },
      body: { personId: net.ids.Anna },
    });
    // Three hops through Cor and Dewi so far; a direct tie, once analysed, comes first.
    const before = await net.fresh<Paths>(path);
    expect(before.body.paths.map((found) => found.nodes.map((node) => node.name))).toEqual([
      ['Anna', 'Cor', 'Dewi', 'Eef'],
      ['Anna', 'Bart', 'Cor', 'Dewi', 'Eef'],
    ]);
    await net.post('relations', { from: net.ids.Anna, to: net.ids.Eef, type: 'works_with' });
    const response = await net.fresh<Paths>(path);
    expect(response.status).toBe(200);
    const body = response.body;
    expect(body).toMatchObject({
      from: { id: net.ids.Anna, name: 'Anna', kind: 'person' },
      to: { id: net.ids.Eef, name: 'Eef' },
      stale: false,
    });
    // The direct works-with tie (one hop) beats the three hops through Cor and Dewi.
    expect(body.paths.map((found) => found.nodes.map((node) => node.name))).toEqual([
      ['Anna', 'Eef'],
      ['Anna', 'Cor', 'Dewi', 'Eef'],
    ]);
    expect(body.paths[0]!.hops).toEqual([
      expect.objectContaining({ from: net.ids.Anna, to: net.ids.Eef, via: 'works_with', kind: 'relation', strength: 3 }),
    ]);
    expect(body.paths[0]!.length).toBeLessThan(body.paths[1]!.length);

    const fromBram = await net.ready<Paths>(`/analytics/paths?projection=people&from=${net.ids.Bart}&to=${net.ids.Cor}&k=1`);
    expect(fromBram.body.paths.map((found) => found.nodes.map((node) => node.name))).toEqual([['Bart', 'Cor']]);
    const unknown = await net.ready(`/analytics/paths?projection=people&to=${net.team.workspace.id}`);
    expect(unknown.status).toBe(404);
  });
});
