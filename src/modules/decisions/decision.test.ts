import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nowIso } from '../../lib/clock.ts';
import { newId } from '../../lib/ids.ts';
import { fold } from '../../lib/text.ts';
import { dialects } from '../../test/databases.ts';
import { makeWorkspace } from '../../test/factories.ts';
import { startTestServer, type TestServer } from '../../test/test-server.ts';
import { engagementFixtures, type Team } from '../interactions/engagement.fixtures.ts';

describe.each(dialects)('decisions API on %s', (dialect) => {
  let server: TestServer;
  let team: Team;
  let f: ReturnType<typeof engagementFixtures>;
  let url: string;
  let theme: string;
  let raad: string;
  let session: string;
  let pilot: string;

  /** An initiative row written directly, so these tests do not depend on the initiatives API. */
  const insertInitiative = async (title: string) => {
    const now = nowIso();
    const id = newId();
    await server.ctx.db.kysely
      .insertInto('initiatives')
      .values({
        id,
        workspaceId: team.workspace.id,
        title,
        sortTitle: fold(title),
        kind: 'pilot',
        status: 'active',
        description: null,
        leadOrganisationId: null,
        startOn: null,
        endOn: null,
        outcome: null,
        version: 1,
        createdAt: now,
        updatedAt: now,
      })
      .execute();
    return id;
  };

  beforeAll(async () => {
    server = await startTestServer(dialect);
    team = await makeWorkspace(server.ctx);
    f = engagementFixtures(server, team);
    url = `${f.base}/decisions`;
    theme = await f.theme('Datagedreven werken');
    raad = await f.organisation('Gemeenteraad Kapelle', 'council');
    session = await f.create('interactions', { kind: 'informative_session', title: 'Informatiesessie raad', date: '2026-02-10' });
    pilot = await insertInitiative('Pilot afvalinzameling');
  });
  afterAll(() => server.close());

  it('records a decision with its body, amount in cents, informing sessions and started initiatives', async () => {
    const created = await server.request('POST', url, {
      token: team.editor.token,
      body: {
        title: 'Budget pilot afvalinzameling',
        bodyId: raad,
        date: '2026-03-05',
        themeId: theme,
        outcome: 'adopted',
        amountCents: 4_500_000,
        description: 'Raad stemt in',
        interactionIds: [session],
        initiativeIds: [pilot],
      },
    });
    expect(created.status).toBe(201);
    expect(created.body).toEqual({
      id: expect.any(String),
      workspaceId: team.workspace.id,
      title: 'Budget pilot afvalinzameling',
      bodyId: raad,
      date: '2026-03-05',
      themeId: theme,
      outcome: 'adopted',
      amountCents: 4_500_000,
      description: 'Raad stemt in',
      interactionIds: [session],
      initiativeIds: [pilot],
      version: 1,
      createdAt: expect.any(String),
      updatedAt: expect.any(String),
    });
    const one = `${url}/${created.body.id}`;
    const patched = await server.request('PATCH', one, {
      token: team.editor.token,
      body: { initiativeIds: [], amountCents: null },
      headers: { 'if-match': '"1"' },
    });
    expect(patched.body).toMatchObject({ initiativeIds: [], interactionIds: [session], amountCents: null, version: 2 });
    expect((await server.request('GET', one, { token: team.viewer.token })).body).toEqual(patched.body);
    expect(
      (await server.request('PATCH', one, { token: team.editor.token, body: { outcome: 'rejected' }, headers: { 'if-match': '"1"' } }))
        .status,
    ).toBe(412);
    expect((await server.request('DELETE', one, { token: team.editor.token })).status).toBe(204);
    expect(await f.auditOf(created.body.id)).toEqual(['create decision', 'update decision', 'delete decision']);
  });

  it('keeps amounts beyond 32 bits exact', async () => {
    const big = 987_654_321_012;
    const id = await f.create('decisions', { title: 'Groot bedrag', date: '2026-01-01', amountCents: big });
    expect((await server.request('GET', `${url}/${id}`, { token: team.viewer.token })).body.amountCents).toBe(big);
  });

  it('filters by theme, body, outcome, interaction, initiative and date range, a page at a time', async () => {
    const ids: string[] = [];
    for (const [index, date] of ['2025-05-01', '2025-06-01', '2025-07-01'].entries()) {
      ids.push(
        await f.create('decisions', {
          title: `Besluit ${index}`,
          date,
          bodyId: raad,
          themeId: theme,
          outcome: index === 0 ? 'postponed' : 'adopted',
          interactionIds: index === 2 ? [session] : [],
          initiativeIds: index === 1 ? [pilot] : [],
        }),
      );
    }
    const first = await server.request('GET', `${url}?bodyId=${raad}&dateTo=2025-12-31&limit=2`, { token: team.viewer.token });
    expect(first.body.data.map((d: { id: string }) => d.id)).toEqual([ids[2], ids[1]]);
    const rest = await server.request('GET', first.body.links.next, { token: team.viewer.token });
    expect(rest.body.data.map((d: { id: string }) => d.id)).toEqual([ids[0]]);
    const query = async (q: string) =>
      (await server.request('GET', `${url}?${q}`, { token: team.viewer.token })).body.data.map((d: { id: string }) => d.id);
    expect(await query(`outcome=postponed&themeId=${theme}`)).toEqual([ids[0]]);
    expect(await query(`interactionId=${session}&dateTo=2025-12-31`)).toEqual([ids[2]]);
    expect(await query(`initiativeId=${pilot}`)).toEqual([ids[1]]);
    expect(await query('dateFrom=2025-06-01&dateTo=2025-06-30&sort=date')).toEqual([ids[1]]);
  });

  it('reports every broken reference at once, and lets viewers only read', async () => {
    const bad = await server.request('POST', url, {
      token: team.editor.token,
      body: { title: 'Fout', date: '2026-01-01', bodyId: theme, themeId: raad, interactionIds: [session, session], initiativeIds: [raad] },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e: { location: { pointer: string }; code: string }) => `${e.location.pointer} ${e.code}`)).toEqual([
      '/bodyId not_found',
      '/themeId not_found',
      '/interactionIds/1 duplicate',
      '/initiativeIds/0 not_found',
    ]);
    const invalid = await server.request('POST', url, {
      token: team.editor.token,
      body: { title: 'Fout', date: '2026-01-01', amountCents: 12.5, outcome: 'maybe' },
    });
    expect(invalid.body.errors.map((e: { location: { pointer: string } }) => e.location.pointer).sort()).toEqual([
      '/amountCents',
      '/outcome',
    ]);
    expect((await server.request('POST', url, { token: team.viewer.token, body: { title: 'Nee', date: '2026-01-01' } })).status).toBe(403);
  });

  it('loses its body, theme and links but not itself when those are deleted; notes go with it', async () => {
    const body = await f.organisation('College van B&W', 'executive_board');
    const shortTheme = await f.theme('Tijdelijk');
    const call = await f.create('interactions', { kind: 'call', title: 'Bellen', date: '2026-01-02' });
    const id = await f.create('decisions', {
      title: 'Besluit',
      date: '2026-01-03',
      bodyId: body,
      themeId: shortTheme,
      interactionIds: [call],
    });
    const note = await f.create('notes', { subjectType: 'decision', subjectId: id, body: 'Achtergrond' });
    await server.request('DELETE', `${f.base}/organisations/${body}`, { token: team.editor.token });
    await server.request('DELETE', `${f.base}/themes/${shortTheme}`, { token: team.editor.token });
    await server.request('DELETE', `${f.base}/interactions/${call}`, { token: team.editor.token });
    const after = await server.request('GET', `${url}/${id}`, { token: team.viewer.token });
    expect(after.body).toMatchObject({ bodyId: null, themeId: null, interactionIds: [] });
    await server.request('DELETE', `${url}/${id}`, { token: team.editor.token });
    expect((await server.request('GET', `${f.base}/notes/${note}`, { token: team.editor.token })).status).toBe(404);
  });
});
