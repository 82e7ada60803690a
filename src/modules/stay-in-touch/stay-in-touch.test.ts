import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dialects } from '../../test/databases.ts';
import { makeWorkspace } from '../../test/factories.ts';
import { startTestServer, type TestServer } from '../../test/test-server.ts';
import { engagementFixtures, type Team } from '../interactions/engagement.fixtures.ts';

describe.each(dialects)('stay in touch API on %s', (dialect) => {
  let server: TestServer;
  let team: Team;
  let f: ReturnType<typeof engagementFixtures>;
  let cadences: string;

  beforeAll(async () => {
    server = await startTestServer(dialect);
    team = await makeWorkspace(server.ctx);
    f = engagementFixtures(server, team);
    cadences = `${f.base}/contact-cadences`;
  });
  afterAll(() => server.close());

  const talk = (personId: string, date: string) =>
    f.create('interactions', { kind: 'call', title: 'Bellen', date, participants: [{ personId }] });
  const report = async (on: string, token = team.editor.token) => {
    const answer = await server.request('GET', `${f.base}/stay-in-touch?on=${on}`, { token });
    expect(answer.status).toBe(200);
    return answer.body;
  };

  it("keeps one's own cadences private, one per person, with If-Match", async () => {
    const piet = await f.person('Piet Vriend');
    const created = await server.request('POST', cadences, { token: team.editor.token, body: { personId: piet, everyDays: 30 } });
    expect(created.status).toBe(201);
    expect(created.body).toEqual({
      id: expect.any(String),
      workspaceId: team.workspace.id,
      userId: team.editor.id,
      personId: piet,
      personName: 'Piet Vriend',
      everyDays: 30,
      version: 1,
      createdAt: expect.any(String),
      updatedAt: expect.any(String),
    });
    const one = `${cadences}/${created.body.id}`;
    const again = await server.request('POST', cadences, { token: team.editor.token, body: { personId: piet, everyDays: 10 } });
    expect(again.status).toBe(409);
    expect(again.body.existing.id).toBe(created.body.id);
    expect((await server.request('GET', one, { token: team.owner.token })).status, "another member's cadence is invisible").toBe(404);
    const ownersList = await server.request('GET', cadences, { token: team.owner.token });
    expect(ownersList.body.data).toEqual([]);
    const patched = await server.request('PATCH', one, {
      token: team.editor.token,
      body: { everyDays: 14 },
      headers: { 'if-match': '"1"' },
    });
    expect(patched.body).toMatchObject({ everyDays: 14, version: 2 });
    const listed = await server.request('GET', `${cadences}?personId=${piet}`, { token: team.editor.token });
    expect(listed.body.data).toEqual([patched.body]);
    const bad = await server.request('POST', cadences, { token: team.editor.token, body: { personId: team.workspace.id, everyDays: 0 } });
    expect(bad.body.errors.map((e: { location: { pointer: string } }) => e.location.pointer)).toEqual(['/everyDays']);
    const missing = await server.request('POST', cadences, {
      token: team.editor.token,
      body: { personId: team.workspace.id, everyDays: 5 },
    });
    expect(missing.body.errors.map((e: { location: { pointer: string } }) => e.location.pointer)).toEqual(['/personId']);
    expect((await server.request('DELETE', one, { token: team.editor.token })).status).toBe(204);
    expect(await f.auditOf(created.body.id)).toEqual(['create contact_cadence', 'update contact_cadence', 'delete contact_cadence']);
  });

  it('lists chosen people and key figures not spoken to within their cadence, most overdue first, with overdue actions', async () => {
    const chosenLate = await f.person('Anna Laat');
    const chosenOnTime = await f.person('Bert Op Tijd');
    const chosenNever = await f.person('Cor Nooit');
    const keyClose = await f.person('Dora Sleutel');
    const keySatisfied = await f.person('Eef Macht');
    const lowPower = await f.person('Fien Weinig');
    const dormantTheme = await f.person('Gijs Slapend');
    for (const [personId, everyDays] of [
      [chosenLate, 30],
      [chosenOnTime, 30],
      [chosenNever, 7],
    ] as const) {
      await f.create('contact-cadences', { personId, everyDays });
    }
    const active = await f.theme('Datagedreven werken', 'active');
    const paused = await f.theme('Gepauzeerd', 'on_hold');
    const assess = (themeId: string, partyId: string, power: number, interest: number, assessedOn = '2026-01-01') =>
      f.create('stakeholder-assessments', { themeId, partyId, power, interest, attitude: 0, side: 'internal', assessedOn });
    await assess(active, keyClose, 5, 5);
    await assess(active, keySatisfied, 4, 2);
    await assess(active, lowPower, 5, 5, '2025-01-01');
    await assess(active, lowPower, 2, 5);
    await assess(paused, dormantTheme, 5, 5);

    await talk(chosenLate, '2026-01-01');
    await talk(chosenOnTime, '2026-02-20');
    await talk(keyClose, '2025-12-01');
    await talk(keySatisfied, '2025-12-01');
    await talk(lowPower, '2025-01-01');
    await talk(dormantTheme, '2025-01-01');

    const late = await f.create('actions', { title: 'Terugkoppelen', ownerUserId: team.editor.id, dueOn: '2026-02-01' });
    await f.create('actions', { title: 'Nog niet', ownerUserId: team.editor.id, dueOn: '2026-04-01' });
    await f.create('actions', { title: 'Gedaan', ownerUserId: team.editor.id, dueOn: '2026-01-01', done: true });

    const body = await report('2026-03-10');
    expect(body.on).toBe('2026-03-10');
    expect(body.people).toEqual([
      {
        personId: chosenNever,
        name: 'Cor Nooit',
        everyDays: 7,
        reason: 'chosen',
        themeIds: [],
        lastContactOn: null,
        dueOn: null,
        daysOverdue: null,
      },
      {
        personId: keyClose,
        name: 'Dora Sleutel',
        everyDays: 60,
        reason: 'key_figure',
        themeIds: [active],
        lastContactOn: '2025-12-01',
        dueOn: '2026-01-30',
        daysOverdue: 39,
      },
      {
        personId: chosenLate,
        name: 'Anna Laat',
        everyDays: 30,
        reason: 'chosen',
        themeIds: [],
        lastContactOn: '2026-01-01',
        dueOn: '2026-01-31',
        daysOverdue: 38,
      },
      {
        personId: keySatisfied,
        name: 'Eef Macht',
        everyDays: 90,
        reason: 'key_figure',
        themeIds: [active],
        lastContactOn: '2025-12-01',
        dueOn: '2026-03-01',
        daysOverdue: 9,
      },
    ]);
    expect(body.actions.map((a: { id: string }) => a.id)).toEqual([late]);

    const dueDay = await report('2026-03-01');
    expect(
      dueDay.people.map((p: { name: string }) => p.name),
      'on the due day itself nobody is late yet',
    ).not.toContain('Eef Macht');
    const dayAfter = await report('2026-03-02');
    expect(dayAfter.people.find((p: { name: string }) => p.name === 'Eef Macht').daysOverdue).toBe(1);

    const others = await report('2026-03-10', team.viewer.token);
    expect(
      others.people.map((p: { reason: string }) => p.reason),
      "another member sees key figures, not the editor's own cadences",
    ).toEqual(['key_figure', 'key_figure']);
    expect(others.actions).toEqual([]);
  });

  it('lets viewers read but not write cadences, and hides the workspace from outsiders', async () => {
    const person = await f.person('Hans Kijker');
    expect((await server.request('POST', cadences, { token: team.viewer.token, body: { personId: person, everyDays: 5 } })).status).toBe(
      403,
    );
    expect((await server.request('GET', `${f.base}/stay-in-touch`, { token: team.outsider.token })).status).toBe(404);
    expect((await server.request('GET', `${f.base}/stay-in-touch?on=tomorrow`, { token: team.viewer.token })).status).toBe(400);
  });
});
