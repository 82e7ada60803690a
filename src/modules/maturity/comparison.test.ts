import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '../../lib/ids.ts';
import { dialects } from '../../test/databases.ts';
import { startTestServer, type TestServer } from '../../test/test-server.ts';
import { makeRegion, pointers, type Region } from '../method/region.fixture.ts';

describe.each(dialects)('regional maturity comparison on %s', (dialect) => {
  let server: TestServer;
  let region: Region;
  let url: string;
  let borsele: string;
  const viewer = () => ({ token: region.team.viewer.token });
  const score = (dimensionKey: string, value: number) => ({ dimensionKey, score: value });

  beforeAll(async () => {
    server = await startTestServer(dialect);
    region = await makeRegion(server);
    const modelId = (await server.request('GET', `${region.base}/maturity-models`, viewer())).body.data[0].id;
    url = `${region.base}/maturity-models/${modelId}/comparison`;
    borsele = await region.post('organisations', { name: 'Gemeente Borsele', kind: 'municipality' });
    const assess = (organisationId: string, assessedOn: string, scores: { dimensionKey: string; score: number }[]) =>
      region.post('assessments', { organisationId, modelId, assessedOn, scores });
    await assess(region.kapelle, '2020-06-01', [score('uses', 1), score('data', 1), score('skills', 1)]);
    await assess(region.kapelle, '2022-06-01', [score('uses', 3), score('data', 2), score('skills', 4)]);
    await assess(region.goes, '2021-06-01', [score('uses', 2), score('data', 3)]);
  });
  afterAll(() => server.close());

  it("answers each assessed organisation's latest scores per dimension, its trend and the spread per dimension", async () => {
    const response = await server.request('GET', url, viewer());
    expect(response.status).toBe(200);
    const body = response.body;
    expect(body.levelCount).toBe(5);
    expect(body.dimensions.map((d: { key: string }) => d.key)).toEqual([
      'uses',
      'data',
      'analysis',
      'leadership',
      'culture',
      'tools',
      'skills',
    ]);
    expect(body.organisations.map((o: { organisationName: string }) => o.organisationName)).toEqual(['Gemeente Goes', 'Gemeente Kapelle']);
    const [goes, kapelle] = body.organisations;
    expect(goes.latest).toMatchObject({ assessedOn: '2021-06-01', scores: [2, 3, null, null, null, null, null], average: 2.5 });
    expect(kapelle.latest).toMatchObject({ assessedOn: '2022-06-01', scores: [3, 2, null, null, null, null, 4], average: 3 });
    expect(kapelle.trend.map((p: { assessedOn: string; average: number }) => [p.assessedOn, p.average])).toEqual([
      ['2020-06-01', 1],
      ['2022-06-01', 3],
    ]);
    expect(body.summary[0]).toEqual({ dimensionKey: 'uses', assessed: 2, min: 2, max: 3, mean: 2.5 });
    expect(body.summary[2]).toEqual({ dimensionKey: 'analysis', assessed: 0, min: null, max: null, mean: null });
    expect(body.summary[6]).toEqual({ dimensionKey: 'skills', assessed: 1, min: 4, max: 4, mean: 4 });
  });

  it('compares as it stood on a date, and only the organisations of a theme or a list, assessed or not', async () => {
    const past = (await server.request('GET', `${url}?asOf=2021-12-31`, viewer())).body;
    const kapelle = past.organisations.find((o: { organisationId: string }) => o.organisationId === region.kapelle);
    expect(kapelle.latest.assessedOn).toBe('2020-06-01');
    expect(kapelle.trend).toHaveLength(1);

    const theme = await region.post('themes', { title: 'Afval', kind: 'development', organisationIds: [borsele, region.kapelle] });
    const byTheme = (await server.request('GET', `${url}?themeId=${theme}`, viewer())).body;
    expect(
      byTheme.organisations.map((o: { organisationName: string; latest: unknown }) => [o.organisationName, o.latest === null]),
    ).toEqual([
      ['Gemeente Borsele', true],
      ['Gemeente Kapelle', false],
    ]);
    const byList = (await server.request('GET', `${url}?organisationIds=${region.goes},${borsele}`, viewer())).body;
    expect(byList.organisations.map((o: { organisationId: string }) => o.organisationId)).toEqual([borsele, region.goes]);
    expect(byList.summary[0]).toMatchObject({ assessed: 1, mean: 2 });
    const both = (await server.request('GET', `${url}?themeId=${theme}&organisationIds=${region.goes},${borsele}`, viewer())).body;
    expect(both.organisations.map((o: { organisationId: string }) => o.organisationId)).toEqual([borsele]);
  });

  it('names every bad query parameter and hides other workspaces', async () => {
    const bad = await server.request(
      'GET',
      `${url}?themeId=${region.foreign.theme}&organisationIds=${region.goes},${region.foreign.organisation}`,
      viewer(),
    );
    expect(bad.status).toBe(400);
    expect(pointers(bad.body)).toEqual(['themeId', 'organisationIds']);
    const malformed = await server.request('GET', `${url}?organisationIds=a,b&asOf=gisteren`, viewer());
    expect(pointers(malformed.body).sort()).toEqual(['asOf', 'organisationIds', 'organisationIds']);
    expect((await server.request('GET', `${region.base}/maturity-models/${newId()}/comparison`, viewer())).status).toBe(404);
    expect((await server.request('GET', url, { token: region.team.outsider.token })).status).toBe(404);
  });
});
