import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dialects } from '../../test/databases.ts';
import { makeWorkspace } from '../../test/factories.ts';
import { startTestServer, type TestServer } from '../../test/test-server.ts';
import { engagementFixtures, type Team } from './engagement.fixtures.ts';
import { peopleWithOutdatedRecords } from '../people/person-lists.repository.ts';

describe.each(dialects)('interactions API on %s', (dialect) => {
  let server: TestServer;
  let team: Team;
  let f: ReturnType<typeof engagementFixtures>;
  let url: string;
  let anna: string;
  let bert: string;
  let kapelle: string;
  let theme: string;

  beforeAll(async () => {
    server = await startTestServer(dialect);
    team = await makeWorkspace(server.ctx);
    f = engagementFixtures(server, team);
    url = `${f.base}/interactions`;
    anna = await f.person('Anna Visser');
    bert = await f.person('Bert Jansen');
    kapelle = await f.organisation('Gemeente Kapelle');
    theme = await f.theme('Datagedreven werken');
  });
  afterAll(() => server.close());

  const log = (body: Record<string, unknown>, token = team.editor.token) => server.request('POST', url, { token, body });

  it('logs an interaction with its links, reads it with an ETag and audits it without content', async () => {
    const created = await log({
      kind: 'meeting',
      title: 'Regio-overleg',
      date: '2026-03-02',
      startTime: '10:00',
      durationMinutes: 90,
      participants: [{ personId: bert }, { personId: anna }],
      organisationIds: [kapelle],
      themeIds: [theme],
      summary: 'Afspraken over de pilot',
    });
    expect(created.status).toBe(201);
    expect(created.body).toEqual({
      id: expect.any(String),
      workspaceId: team.workspace.id,
      kind: 'meeting',
      title: 'Regio-overleg',
      date: '2026-03-02',
      startTime: '10:00',
      durationMinutes: 90,
      groupId: null,
      participants: [
        { personId: anna, name: 'Anna Visser', attendance: 'attended' },
        { personId: bert, name: 'Bert Jansen', attendance: 'attended' },
      ],
      organisationIds: [kapelle],
      themeIds: [theme],
      summary: 'Afspraken over de pilot',
      summaryVisibility: 'workspace',
      outcome: null,
      authorId: team.editor.id,
      version: 1,
      createdAt: expect.any(String),
      updatedAt: expect.any(String),
    });
    expect(created.headers.get('location')).toBe(`${url}/${created.body.id}`);
    const read = await server.request('GET', `${url}/${created.body.id}`, { token: team.viewer.token });
    expect(read.body).toEqual(created.body);
    expect(read.headers.get('etag')).toBe('"1"');
    expect(await f.auditOf(created.body.id)).toEqual(['create interaction']);
    const audit = await server.ctx.db.kysely.selectFrom('auditEvents').selectAll().where('subjectId', '=', created.body.id).execute();
    expect(JSON.stringify(audit)).not.toContain('Regio-overleg');
  });

  it("moves participants' last contact forward only, and recomputes it on edit and delete", async () => {
    const carla = await f.person('Carla de Wit');
    const first = await log({ kind: 'call', title: 'Bellen', date: '2026-04-10', participants: [{ personId: carla }] });
    expect(await f.lastContact(carla)).toBe('2026-04-10');

    const older = await log({ kind: 'email', title: 'Mail', date: '2026-01-05', participants: [{ personId: carla }] });
    expect(await f.lastContact(carla), 'an older interaction never moves it back').toBe('2026-04-10');

    const moved = await server.request('PATCH', `${url}/${first.body.id}`, {
      token: team.editor.token,
      body: { date: '2026-02-01' },
      headers: { 'if-match': '"1"' },
    });
    expect(moved.status).toBe(200);
    expect(await f.lastContact(carla), 'moving the latest interaction earlier recomputes').toBe('2026-02-01');

    expect((await server.request('DELETE', `${url}/${first.body.id}`, { token: team.editor.token })).status).toBe(204);
    expect(await f.lastContact(carla)).toBe('2026-01-05');
    // The stored record that pages of people show follows every move.
    expect(await peopleWithOutdatedRecords(server.ctx.db.kysely, team.workspace.id)).toEqual([]);
    expect((await server.request('DELETE', `${url}/${older.body.id}`, { token: team.editor.token })).status).toBe(204);
    expect(await f.lastContact(carla)).toBeNull();
  });

  it('keeps a later hand-entered last contact when an older interaction goes', async () => {
    const dirk = await f.person('Dirk Bakker');
    const logged = await log({ kind: 'one_to_one', title: 'Koffie', date: '2026-02-01', participants: [{ personId: dirk }] });
    const person = await server.request('GET', `${f.base}/people/${dirk}`, { token: team.editor.token });
    const patched = await server.request('PATCH', `${f.base}/people/${dirk}`, {
      token: team.editor.token,
      body: { lastContactOn: '2026-05-01' },
      headers: { 'if-match': person.headers.get('etag') as string },
    });
    expect(patched.status).toBe(200);
    await server.request('DELETE', `${url}/${logged.body.id}`, { token: team.editor.token });
    expect(await f.lastContact(dirk)).toBe('2026-05-01');
  });

  it('plans an informative session with invitees, then records attendance per participant', async () => {
    const eva = await f.person('Eva Smit');
    const frank = await f.person('Frank Mulder');
    const gert = await f.person('Gert Hendriks');
    const session = await log({
      kind: 'informative_session',
      title: 'Informatiesessie raad',
      date: '2026-06-15',
      participants: [{ personId: eva }, { personId: frank }],
    });
    expect(session.body.participants.map((p: { attendance: string }) => p.attendance)).toEqual(['invited', 'invited']);
    expect(await f.lastContact(eva), 'an invitation is no contact').toBeNull();

    const participant = (personId: string) => `${url}/${session.body.id}/participants/${personId}`;
    const attended = await server.request('PUT', participant(eva), { token: team.editor.token, body: { attendance: 'attended' } });
    expect(attended.status).toBe(200);
    expect(attended.body.version).toBe(2);
    expect(attended.headers.get('etag')).toBe('"2"');
    expect(await f.lastContact(eva)).toBe('2026-06-15');

    const walkIn = await server.request('PUT', participant(gert), {
      token: team.editor.token,
      body: { attendance: 'attended' },
      headers: { 'if-match': '"2"' },
    });
    expect(walkIn.status).toBe(200);
    expect(walkIn.body.participants).toContainEqual({ personId: gert, name: 'Gert Hendriks', attendance: 'attended' });

    const stale = await server.request('PUT', participant(frank), {
      token: team.editor.token,
      body: { attendance: 'absent' },
      headers: { 'if-match': '"1"' },
    });
    expect(stale.status).toBe(412);

    const absent = await server.request('PUT', participant(eva), { token: team.editor.token, body: { attendance: 'absent' } });
    expect(absent.body.participants).toContainEqual({ personId: eva, name: 'Eva Smit', attendance: 'absent' });
    expect(await f.lastContact(eva), 'marked absent after all: no contact').toBeNull();

    const outcome = await server.request('PATCH', `${url}/${session.body.id}`, {
      token: team.editor.token,
      body: { outcome: 'Raad steunt de pilot' },
      headers: { 'if-match': `"${absent.body.version}"` },
    });
    expect(outcome.body.outcome).toBe('Raad steunt de pilot');

    expect((await server.request('DELETE', participant(gert), { token: team.editor.token })).status).toBe(204);
    expect(await f.lastContact(gert)).toBeNull();
    expect((await server.request('DELETE', participant(gert), { token: team.editor.token })).status).toBe(404);
    const missing = await server.request('PUT', `${url}/${session.body.id}/participants/${kapelle}`, {
      token: team.editor.token,
      body: { attendance: 'attended' },
    });
    expect(missing.status).toBe(404);
    expect((await server.request('PUT', participant(eva), { token: team.viewer.token, body: { attendance: 'attended' } })).status).toBe(
      403,
    );
  });

  it('shows a private summary to its author only, and lets only the author change it', async () => {
    const created = await log({
      kind: 'one_to_one',
      title: 'Vertrouwelijk',
      date: '2026-03-03',
      summary: 'Twijfelt',
      summaryVisibility: 'private',
    });
    expect(created.body.summary).toBe('Twijfelt');
    const asOwner = await server.request('GET', `${url}/${created.body.id}`, { token: team.owner.token });
    expect(asOwner.body.summary).toBeNull();
    expect(asOwner.body.summaryVisibility).toBe('private');
    const listed = await server.request('GET', `${url}?dateFrom=2026-03-03&dateTo=2026-03-03`, { token: team.viewer.token });
    expect(listed.body.data.find((i: { id: string }) => i.id === created.body.id).summary).toBeNull();
    const changed = await server.request('PATCH', `${url}/${created.body.id}`, {
      token: team.owner.token,
      body: { summaryVisibility: 'workspace' },
      headers: { 'if-match': '"1"' },
    });
    expect(changed.status).toBe(403);
    const retitled = await server.request('PATCH', `${url}/${created.body.id}`, {
      token: team.owner.token,
      body: { title: 'Gesprek' },
      headers: { 'if-match': '"1"' },
    });
    expect(retitled.status).toBe(200);
    expect(retitled.body.summary).toBeNull();
  });

  it('filters by theme, person, organisation, kind, group and date range, a page at a time', async () => {
    const hanna = await f.person('Hanna Kok');
    const otherTheme = await f.theme('Inkoop');
    const ids: string[] = [];
    for (const day of ['2025-10-01', '2025-10-02', '2025-10-03']) {
      const created = await log({
        kind: 'presentation',
        title: `Presentatie ${day}`,
        date: day,
        participants: [{ personId: hanna }],
        themeIds: [otherTheme],
      });
      ids.push(created.body.id);
    }
    const first = await server.request('GET', `${url}?personId=${hanna}&limit=2`, { token: team.viewer.token });
    expect(first.body.data.map((i: { id: string }) => i.id)).toEqual([ids[2], ids[1]]);
    const second = await server.request('GET', first.body.links.next, { token: team.viewer.token });
    expect(second.body.data.map((i: { id: string }) => i.id)).toEqual([ids[0]]);
    expect(second.body.links.next).toBeUndefined();

    const byTheme = await server.request('GET', `${url}?themeId=${otherTheme}&sort=date&dateFrom=2025-10-02`, { token: team.viewer.token });
    expect(byTheme.body.data.map((i: { id: string }) => i.id)).toEqual([ids[1], ids[2]]);
    const byKind = await server.request('GET', `${url}?kind=presentation&dateTo=2025-10-01`, { token: team.viewer.token });
    expect(byKind.body.data.map((i: { id: string }) => i.id)).toEqual([ids[0]]);
    const byOrganisation = await server.request('GET', `${url}?organisationId=${kapelle}`, { token: team.viewer.token });
    expect(byOrganisation.body.data.every((i: { organisationIds: string[] }) => i.organisationIds.includes(kapelle))).toBe(true);
    expect(byOrganisation.body.data.length).toBeGreaterThan(0);
    const none = await server.request('GET', `${url}?groupId=${otherTheme}`, { token: team.viewer.token });
    expect(none.body.data).toEqual([]);
  });

  it("lists a group's meetings through groupId, and keeps them without the group when it goes", async () => {
    const now = new Date().toISOString();
    const groupId = crypto.randomUUID();
    await server.ctx.db.kysely
      .insertInto('groups')
      .values({
        id: groupId,
        workspaceId: team.workspace.id,
        name: 'Werkgroep data',
        sortName: 'werkgroep data',
        kind: 'working_group',
        description: null,
        version: 1,
        createdAt: now,
        updatedAt: now,
      })
      .execute();
    const meeting = await log({ kind: 'meeting', title: 'Werkgroep', date: '2026-05-05', groupId });
    expect(meeting.body.groupId).toBe(groupId);
    await log({ kind: 'meeting', title: 'Iets anders', date: '2026-05-05' });
    const meetings = await server.request('GET', `${url}?groupId=${groupId}`, { token: team.viewer.token });
    expect(meetings.body.data.map((i: { id: string }) => i.id)).toEqual([meeting.body.id]);
    await server.ctx.db.kysely.deleteFrom('groups').where('id', '=', groupId).execute();
    expect((await server.request('GET', `${url}/${meeting.body.id}`, { token: team.viewer.token })).body.groupId).toBeNull();
  });

  it('logs follow-up actions with the interaction in one go, checking their references too', async () => {
    const broken = await log({
      kind: 'meeting',
      title: 'Met acties',
      date: '2026-05-06',
      followUps: [{ title: 'Verslag' }, { title: 'Bellen', ownerPersonId: kapelle, ownerUserId: team.outsider.id }],
    });
    expect(broken.status).toBe(400);
    expect(broken.body.errors.map((e: { location: { pointer: string } }) => e.location.pointer)).toEqual([
      '/followUps/1/ownerPersonId',
      '/followUps/1/ownerUserId',
    ]);
    const logged = await log({
      kind: 'meeting',
      title: 'Met acties',
      date: '2026-05-06',
      followUps: [
        { title: 'Verslag rondsturen', ownerUserId: team.editor.id, dueOn: '2026-05-08' },
        { title: 'Offerte opvragen', ownerPersonId: anna },
      ],
    });
    expect(logged.status).toBe(201);
    const actions = await server.request('GET', `${f.base}/actions?interactionId=${logged.body.id}`, { token: team.viewer.token });
    expect(actions.body.data.map((a: { title: string; interactionId: string }) => [a.title, a.interactionId])).toEqual([
      ['Verslag rondsturen', logged.body.id],
      ['Offerte opvragen', logged.body.id],
    ]);
    const patch = await server.request('PATCH', `${url}/${logged.body.id}`, {
      token: team.editor.token,
      body: { followUps: [{ title: 'Nee' }] },
      headers: { 'if-match': '"1"' },
    });
    expect(patch.status, 'follow-ups change through /actions once logged').toBe(400);
  });

  it('reports every broken reference at once and writes nothing', async () => {
    const foreign = await makeWorkspace(server.ctx, 'Elders');
    const elsewhere = await engagementFixtures(server, foreign).person('Iemand Anders');
    const bad = await log({
      kind: 'meeting',
      title: 'Fout',
      date: '2026-01-01',
      groupId: kapelle,
      participants: [{ personId: anna }, { personId: anna }, { personId: elsewhere }],
      organisationIds: [theme],
      themeIds: [kapelle],
    });
    expect(bad.status).toBe(400);
    expect(bad.headers.get('content-type')).toContain('application/problem+json');
    expect(bad.body.errors.map((e: { location: { pointer: string }; code: string }) => `${e.location.pointer} ${e.code}`)).toEqual([
      '/groupId not_found',
      '/participants/1/personId duplicate',
      '/participants/2/personId not_found',
      '/organisationIds/0 not_found',
      '/themeIds/0 not_found',
    ]);
    const invalid = await log({ kind: 'lunch', title: '', date: '2026-13-01', startTime: '25:00', extra: 1 });
    expect(invalid.status).toBe(400);
    expect(invalid.body.errors.length).toBeGreaterThanOrEqual(5);
    const count = await server.ctx.db.kysely
      .selectFrom('interactions')
      .select((eb) => eb.fn.countAll().as('n'))
      .where('title', '=', 'Fout')
      .executeTakeFirst();
    expect(Number(count?.n)).toBe(0);
  });

  it('needs If-Match, answers 412 when stale, lets viewers read only and hides the workspace from outsiders', async () => {
    const created = await log({ kind: 'call', title: 'Kort', date: '2026-02-02' });
    const one = `${url}/${created.body.id}`;
    expect((await server.request('PATCH', one, { token: team.editor.token, body: { title: 'X' } })).status).toBe(428);
    expect(
      (await server.request('PATCH', one, { token: team.editor.token, body: { title: 'X' }, headers: { 'if-match': '"7"' } })).status,
    ).toBe(412);
    expect((await log({ kind: 'call', title: 'Nee', date: '2026-02-02' }, team.viewer.token)).status).toBe(403);
    expect((await server.request('DELETE', one, { token: team.viewer.token })).status).toBe(403);
    expect((await server.request('GET', one, { token: team.outsider.token })).status).toBe(404);
    expect((await server.request('GET', url, { token: team.outsider.token })).status).toBe(404);
  });

  it('deletes notes on an interaction with it, and its participants when a person is deleted', async () => {
    const ivo = await f.person('Ivo Peeters');
    const created = await log({
      kind: 'meeting',
      title: 'Met notitie',
      date: '2026-02-03',
      participants: [{ personId: ivo }, { personId: anna }],
    });
    const note = await server.request('POST', `${f.base}/notes`, {
      token: team.editor.token,
      body: { subjectType: 'interaction', subjectId: created.body.id, body: 'Vervolg afspreken' },
    });
    expect(note.status).toBe(201);
    expect((await server.request('DELETE', `${f.base}/people/${ivo}`, { token: team.editor.token })).status).toBe(204);
    const after = await server.request('GET', `${url}/${created.body.id}`, { token: team.viewer.token });
    expect(after.body.participants.map((p: { personId: string }) => p.personId)).toEqual([anna]);
    await server.request('DELETE', `${url}/${created.body.id}`, { token: team.editor.token });
    expect((await server.request('GET', `${f.base}/notes/${note.body.id}`, { token: team.editor.token })).status).toBe(404);
  });
});
