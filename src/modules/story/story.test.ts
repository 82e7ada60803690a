import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dialects } from '../../test/databases.ts';
import { startTestServer, type TestServer } from '../../test/test-server.ts';
import { makeRegion, type Region } from '../method/region.fixture.ts';

describe.each(dialects)('the story of a theme on %s', (dialect) => {
  let server: TestServer;
  let region: Region;
  let decision: string;

  beforeAll(async () => {
    server = await startTestServer(dialect);
    region = await makeRegion(server);
    const { post, theme, anna, bram, kapelle } = region;
    await post('groups', {
      name: 'Werkgroep data',
      kind: 'working_group',
      themeIds: [theme],
      members: [
        { personId: anna, since: '2020-03-01' },
        { personId: bram, since: '2021-01-15' },
      ],
    });
    await post('interactions', {
      kind: 'meeting',
      title: 'Regiobijeenkomst',
      date: '2019-10-03',
      participants: [{ personId: anna }],
      themeIds: [theme],
    });
    await post('stakeholder-assessments', {
      themeId: theme,
      partyId: bram,
      power: 5,
      interest: 4,
      attitude: 1,
      side: 'internal',
      assessedOn: '2021-02-01',
    });
    decision = await post('decisions', {
      title: 'Budget voor datagedreven werken',
      date: '2021-06-10',
      themeId: theme,
      bodyId: kapelle,
      outcome: 'adopted',
      amountCents: 4500000,
    });
    await post('relations', { from: anna, to: bram, type: 'works_with', since: '2020-05-01' });
    const models = await server.request('GET', `${region.base}/maturity-models`, { token: region.team.viewer.token });
    const model = models.body.data.find((m: { builtIn: string | null }) => m.builtIn !== null);
    const scores = model.dimensions.map((d: { key: string }, index: number) => ({ dimensionKey: d.key, score: 1 + (index % 3) }));
    await post('assessments', { organisationId: kapelle, modelId: model.id, assessedOn: '2021-05-20', scores });
  });
  afterAll(() => server?.close());

  it('lists every dated event of the theme, oldest first', async () => {
    const response = await server.request('GET', `${region.base}/themes/${region.theme}/timeline`, { token: region.team.viewer.token });
    expect(response.status).toBe(200);
    const events = response.body.data as { date: string; kind: string; title: string; partyName: string | null; recordId: string }[];
    expect(events.map((e) => [e.date, e.kind])).toEqual([
      ['2019-10-03', 'interaction'],
      ['2020-03-01', 'groupJoined'],
      ['2021-01-15', 'groupJoined'],
      ['2021-02-01', 'stakeholderAssessed'],
      ['2021-05-20', 'maturityAssessed'],
      ['2021-06-10', 'decision'],
    ]);
    expect(events[1]).toMatchObject({ title: 'Werkgroep data', partyName: 'Anna Visser' });
    expect(events[5]).toMatchObject({ recordId: decision, partyName: 'Gemeente Kapelle', detail: 'adopted' });
  });

  it('counts the network year by year', async () => {
    const response = await server.request('GET', `${region.base}/network-growth`, { token: region.team.viewer.token });
    expect(response.status).toBe(200);
    const points = response.body.data as { year: string; relations: number; groupMemberships: number; people: number }[];
    const at = (year: string) => points.find((p) => p.year === year);
    expect(at('2020')).toMatchObject({ relations: 1, groupMemberships: 1 });
    expect(at('2021')).toMatchObject({ relations: 1, groupMemberships: 2 });
    expect(points.at(-1)!.people).toBe(2);
  });

  it('counts relations by the year they began, several days of a year together, and those without a beginning in the year they were recorded', async () => {
    const { post, anna, bram, kapelle } = region;
    const growth = async () =>
      (await server.request('GET', `${region.base}/network-growth`, { token: region.team.viewer.token })).body.data as {
        year: string;
        relations: number;
      }[];
    const before = await growth();
    await post('relations', { from: anna, to: kapelle, type: 'advises', since: '2022-02-01' });
    await post('relations', { from: bram, to: kapelle, type: 'advises', since: '2022-11-30' });
    await post('relations', { from: bram, to: anna, type: 'works_with' });
    const after = await growth();
    const added = (year: string) => after.find((p) => p.year === year)!.relations - (before.find((p) => p.year === year)?.relations ?? 0);
    expect(added('2021')).toBe(0);
    expect(added('2022')).toBe(2);
    const thisYear = new Date().toISOString().slice(0, 4);
    expect(after.at(-1)).toMatchObject({ year: thisYear });
    expect(added(thisYear)).toBe(3);
  });

  it('tells the story in Dutch by default and in English on request', async () => {
    const dutch = await server.request('GET', `${region.base}/themes/${region.theme}/report`, { token: region.team.viewer.token });
    expect(dutch.status).toBe(200);
    expect(dutch.headers.get('content-language')).toBe('nl');
    expect(dutch.body.title).toBe('Het verhaal van Datagedreven werken');
    expect(dutch.body.sections.map((s: { id: string }) => s.id)).toEqual([
      'direction',
      'role',
      'position',
      'keyFigures',
      'decisionMakers',
      'timeline',
      'growth',
    ]);
    const decisions = dutch.body.sections.find((s: { id: string }) => s.id === 'decisionMakers').blocks[0].table.rows;
    expect(decisions[0]).toEqual([
      '10 juni 2021',
      'Budget voor datagedreven werken',
      'Gemeente Kapelle',
      'aangenomen',
      expect.stringMatching(/45\.000,00/),
    ]);

    const position = dutch.body.sections.find((s: { id: string }) => s.id === 'position');
    const chart = position.blocks.find((b: { kind: string }) => b.kind === 'barChart');
    expect(chart.series).toEqual([{ name: 'Gemeente Kapelle', values: [1, 2, 3, 1, 2, 3, 1] }]);
    expect(chart.table.rows[0]).toEqual(['Gemeente Kapelle', '1', '2', '3', '1', '2', '3', '1']);

    const english = await server.request('GET', `${region.base}/themes/${region.theme}/report`, {
      token: region.team.viewer.token,
      headers: { 'accept-language': 'en-GB,en;q=0.9' },
    });
    expect(english.body.title).toBe('The story of Datagedreven werken');
    expect(english.body.language).toBe('en');
  });

  it('sends the report as a PDF when asked with Accept: application/pdf', async () => {
    const response = await fetch(`${server.url}${region.base}/themes/${region.theme}/report?lang=en`, {
      headers: { authorization: `Bearer ${region.team.viewer.token}`, accept: 'application/pdf' },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="the-story-of-datagedreven-werken.pdf"');
    const bytes = Buffer.from(await response.arrayBuffer());
    expect(bytes.subarray(0, 8).toString('latin1')).toBe('%PDF-1.7');
    expect(bytes.length).toBeGreaterThan(2000);
  });

  it('answers 404 for a theme of another workspace and for non-members, 400 for an unknown language', async () => {
    const token = region.team.viewer.token;
    expect((await server.request('GET', `${region.base}/themes/${region.foreign.theme}/report`, { token })).status).toBe(404);
    expect((await server.request('GET', `${region.base}/themes/${region.foreign.theme}/timeline`, { token })).status).toBe(404);
    const outsider = await server.request('GET', `${region.base}/themes/${region.theme}/report`, { token: region.team.outsider.token });
    expect(outsider.status).toBe(404);
    const bad = await server.request('GET', `${region.base}/themes/${region.theme}/report?lang=de`, { token });
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0].location).toEqual({ name: 'lang' });
  });
});
