import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dialects } from '../../test/databases.ts';
import { makeWorkspace } from '../../test/factories.ts';
import { startTestServer, type TestServer } from '../../test/test-server.ts';
import { engagementFixtures, type Team } from '../interactions/engagement.fixtures.ts';

describe.each(dialects)('stakeholder assessments API on %s', (dialect) => {
  let server: TestServer;
  let team: Team;
  let f: ReturnType<typeof engagementFixtures>;
  let url: string;
  let theme: string;
  let wethouder: string;
  let raad: string;

  beforeAll(async () => {
    server = await startTestServer(dialect);
    team = await makeWorkspace(server.ctx);
    f = engagementFixtures(server, team);
    url = `${f.base}/stakeholder-assessments`;
    theme = await f.theme('Datagedreven werken');
    wethouder = await f.person('Wim Wethouder');
    raad = await f.organisation('Gemeenteraad Kapelle', 'council');
  });
  afterAll(() => server.close());

  const assess = (body: Record<string, unknown>) => server.request('POST', url, { token: team.editor.token, body });

  it('records an assessment with the stakeholder type and quadrant computed, and audits it', async () => {
    const created = await assess({
      themeId: theme,
      partyId: wethouder,
      assessedOn: '2026-01-15',
      power: 5,
      interest: 2,
      attitude: -1,
      concerns: ['afraid_of_risks', 'privacy'],
      salience: { power: true, urgency: true },
      side: 'internal',
    });
    expect(created.status).toBe(201);
    expect(created.body).toEqual({
      id: expect.any(String),
      workspaceId: team.workspace.id,
      themeId: theme,
      partyId: wethouder,
      partyType: 'person',
      partyName: 'Wim Wethouder',
      assessedOn: '2026-01-15',
      power: 5,
      interest: 2,
      attitude: -1,
      concerns: ['afraid_of_risks', 'privacy'],
      concernNote: null,
      salience: { power: true, legitimacy: false, urgency: true },
      stakeholderType: 'dangerous',
      quadrant: 'keep_satisfied',
      side: 'internal',
      version: 1,
      createdAt: expect.any(String),
      updatedAt: expect.any(String),
    });
    const one = `${url}/${created.body.id}`;
    const patched = await server.request('PATCH', one, {
      token: team.editor.token,
      body: { interest: 4, salience: { legitimacy: true } },
      headers: { 'if-match': '"1"' },
    });
    expect(patched.body).toMatchObject({ interest: 4, quadrant: 'manage_closely', stakeholderType: 'definitive', version: 2 });
    expect((await server.request('GET', one, { token: team.viewer.token })).body).toEqual(patched.body);
    expect(await f.auditOf(created.body.id)).toEqual(['create stakeholder_assessment', 'update stakeholder_assessment']);
  });

  it('keeps history per party and shows the latest per party in the grid, also as it stood on a day', async () => {
    const history = [
      { assessedOn: '2025-03-01', power: 2, interest: 2, attitude: -2 },
      { assessedOn: '2025-09-01', power: 3, interest: 4, attitude: 0 },
      { assessedOn: '2026-02-01', power: 4, interest: 5, attitude: 2 },
    ];
    const ids: string[] = [];
    for (const h of history) ids.push((await assess({ themeId: theme, partyId: raad, side: 'internal', ...h })).body.id);

    const newestFirst = await server.request('GET', `${url}?partyId=${raad}&limit=2`, { token: team.viewer.token });
    expect(newestFirst.body.data.map((a: { id: string }) => a.id)).toEqual([ids[2], ids[1]]);
    const older = await server.request('GET', newestFirst.body.links.next, { token: team.viewer.token });
    expect(older.body.data.map((a: { id: string }) => a.id)).toEqual([ids[0]]);

    const grid = await server.request('GET', `${f.base}/themes/${theme}/stakeholder-grid`, { token: team.viewer.token });
    expect(grid.status).toBe(200);
    expect(grid.body.themeId).toBe(theme);
    expect(
      grid.body.data.map((a: { partyName: string; assessedOn: string; quadrant: string }) => [a.partyName, a.assessedOn, a.quadrant]),
    ).toEqual([
      ['Gemeenteraad Kapelle', '2026-02-01', 'manage_closely'],
      ['Wim Wethouder', '2026-01-15', 'manage_closely'],
    ]);
    const then = await server.request('GET', `${f.base}/themes/${theme}/stakeholder-grid?asOf=2025-12-31`, { token: team.viewer.token });
    expect(then.body.data.map((a: { id: string }) => a.id)).toEqual([ids[1]]);
    const missing = await server.request('GET', `${f.base}/themes/${raad}/stakeholder-grid`, { token: team.viewer.token });
    expect(missing.status).toBe(404);
  });

  it('answers 409 naming the existing assessment for a second one on the same day', async () => {
    const first = await assess({
      themeId: theme,
      partyId: wethouder,
      assessedOn: '2026-03-01',
      power: 3,
      interest: 3,
      attitude: 0,
      side: 'internal',
    });
    const again = await assess({
      themeId: theme,
      partyId: wethouder,
      assessedOn: '2026-03-01',
      power: 4,
      interest: 3,
      attitude: 0,
      side: 'internal',
    });
    expect(again.status).toBe(409);
    expect(again.body.existing).toEqual({ id: first.body.id, href: `${url}/${first.body.id}` });
    const other = await assess({
      themeId: theme,
      partyId: wethouder,
      assessedOn: '2026-03-02',
      power: 4,
      interest: 3,
      attitude: 0,
      side: 'internal',
    });
    const moved = await server.request('PATCH', `${url}/${other.body.id}`, {
      token: team.editor.token,
      body: { assessedOn: '2026-03-01' },
      headers: { 'if-match': '"1"' },
    });
    expect(moved.status).toBe(409);
  });

  it('answers one 201 and otherwise 409, never 500, when the same assessment is sent at once', async () => {
    const body = { themeId: theme, partyId: raad, assessedOn: '2024-06-01', power: 2, interest: 2, attitude: 0, side: 'internal' };
    const answers = await Promise.all(Array.from({ length: 6 }, () => assess(body)));
    expect(answers.map((a) => a.status).sort()).toEqual([201, 409, 409, 409, 409, 409]);
  });

  it('reports every problem at once: references, scores out of range and unknown concerns', async () => {
    const bad = await assess({
      themeId: wethouder,
      partyId: theme,
      power: 6,
      interest: 0,
      attitude: 3,
      concerns: ['bored', 'costs'],
      side: 'inside',
    });
    expect(bad.status).toBe(400);
    const pointers = bad.body.errors.map((e: { location: { pointer: string } }) => e.location.pointer);
    expect(pointers.sort()).toEqual(['/attitude', '/concerns/0', '/interest', '/power', '/side']);
    const twice = await assess({
      themeId: theme,
      partyId: raad,
      power: 3,
      interest: 3,
      attitude: 0,
      concerns: ['costs', 'costs'],
      side: 'internal',
    });
    expect(twice.body.errors.map((e: { location: { pointer: string } }) => e.location.pointer)).toEqual(['/concerns']);
    const refs = await assess({ themeId: wethouder, partyId: theme, power: 3, interest: 3, attitude: 0, side: 'external' });
    expect(refs.body.errors.map((e: { location: { pointer: string } }) => e.location.pointer)).toEqual(['/themeId', '/partyId']);
  });

  it('goes with its party and its theme, and lets viewers only read', async () => {
    const gone = await f.person('Tijdelijk Persoon');
    const a = await assess({ themeId: theme, partyId: gone, power: 3, interest: 3, attitude: 0, side: 'external' });
    expect((await server.request('DELETE', `${f.base}/people/${gone}`, { token: team.editor.token })).status).toBe(204);
    expect((await server.request('GET', `${url}/${a.body.id}`, { token: team.viewer.token })).status).toBe(404);
    const short = await f.theme('Kortlopend');
    const b = await assess({ themeId: short, partyId: raad, power: 3, interest: 3, attitude: 0, side: 'internal' });
    await server.request('DELETE', `${f.base}/themes/${short}`, { token: team.editor.token });
    expect((await server.request('GET', `${url}/${b.body.id}`, { token: team.viewer.token })).status).toBe(404);
    const viewer = await server.request('POST', url, {
      token: team.viewer.token,
      body: { themeId: theme, partyId: raad, power: 1, interest: 1, attitude: 0, side: 'internal' },
    });
    expect(viewer.status).toBe(403);
  });
});
