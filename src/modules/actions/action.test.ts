import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dialects } from '../../test/databases.ts';
import { makeWorkspace } from '../../test/factories.ts';
import { startTestServer, type TestServer } from '../../test/test-server.ts';
import { engagementFixtures, type Team } from '../interactions/engagement.fixtures.ts';

describe.each(dialects)('actions API on %s', (dialect) => {
  let server: TestServer;
  let team: Team;
  let f: ReturnType<typeof engagementFixtures>;
  let url: string;
  let anna: string;
  let meeting: string;

  beforeAll(async () => {
    server = await startTestServer(dialect);
    team = await makeWorkspace(server.ctx);
    f = engagementFixtures(server, team);
    url = `${f.base}/actions`;
    anna = await f.person('Anna Visser');
    meeting = await f.create('interactions', { kind: 'meeting', title: 'Overleg', date: '2026-03-01' });
  });
  afterAll(() => server.close());

  const ids = (body: { data: { id: string }[] }) => body.data.map((a) => a.id);

  it('creates a follow-up of an interaction, marks it done and undone, and deletes it', async () => {
    const created = await server.request('POST', url, {
      token: team.editor.token,
      body: { title: 'Notitie rondsturen', interactionId: meeting, ownerUserId: team.editor.id, dueOn: '2026-03-08' },
    });
    expect(created.status).toBe(201);
    expect(created.body).toEqual({
      id: expect.any(String),
      workspaceId: team.workspace.id,
      interactionId: meeting,
      title: 'Notitie rondsturen',
      ownerPersonId: null,
      ownerUserId: team.editor.id,
      dueOn: '2026-03-08',
      done: false,
      doneAt: null,
      version: 1,
      createdAt: expect.any(String),
      updatedAt: expect.any(String),
    });
    const one = `${url}/${created.body.id}`;
    const done = await server.request('PATCH', one, { token: team.editor.token, body: { done: true }, headers: { 'if-match': '"1"' } });
    expect(done.body).toMatchObject({ done: true, doneAt: expect.any(String), version: 2 });
    expect(done.headers.get('etag')).toBe('"2"');
    const undone = await server.request('PATCH', one, { token: team.editor.token, body: { done: false }, headers: { 'if-match': '"2"' } });
    expect(undone.body).toMatchObject({ done: false, doneAt: null, version: 3 });
    const read = await server.request('GET', one, { token: team.viewer.token });
    expect(read.body).toEqual(undone.body);
    const byInteraction = await server.request('GET', `${url}?interactionId=${meeting}`, { token: team.viewer.token });
    expect(ids(byInteraction.body)).toEqual([created.body.id]);
    expect((await server.request('DELETE', one, { token: team.editor.token })).status).toBe(204);
    expect((await server.request('GET', one, { token: team.viewer.token })).status).toBe(404);
    expect(await f.auditOf(created.body.id)).toEqual(['create action', 'update action', 'update action', 'delete action']);
  });

  it("lists one's own open overdue actions, also those owned by the person one is, undated last", async () => {
    const me = await f.person('Ik Zelf');
    await server.ctx.db.kysely
      .updateTable('memberships')
      .set({ personId: me })
      .where('workspaceId', '=', team.workspace.id)
      .where('userId', '=', team.owner.id)
      .execute();
    const make = async (title: string, body: Record<string, unknown>) => f.create('actions', { title, ...body });
    const late = await make('Te laat', { ownerUserId: team.owner.id, dueOn: '2026-01-10' });
    const lateAsPerson = await make('Ook te laat', { ownerPersonId: me, dueOn: '2026-01-05' });
    await make('Klaar', { ownerUserId: team.owner.id, dueOn: '2026-01-01', done: true });
    const later = await make('Later', { ownerUserId: team.owner.id, dueOn: '2026-12-01' });
    const undated = await make('Ooit', { ownerUserId: team.owner.id });
    await make('Van een ander', { ownerUserId: team.editor.id, dueOn: '2026-01-01' });

    const overdue = await server.request('GET', `${url}?owner=me&done=false&dueBefore=2026-02-01`, { token: team.owner.token });
    expect(overdue.status).toBe(200);
    expect(ids(overdue.body)).toEqual([lateAsPerson, late]);

    const all = await server.request('GET', `${url}?owner=me&done=false&limit=2`, { token: team.owner.token });
    expect(ids(all.body)).toEqual([lateAsPerson, late]);
    const rest = await server.request('GET', all.body.links.next, { token: team.owner.token });
    expect(ids(rest.body)).toEqual([later, undated]);
    const byPerson = await server.request('GET', `${url}?ownerPersonId=${me}`, { token: team.viewer.token });
    expect(ids(byPerson.body)).toEqual([lateAsPerson]);
  });

  it('reports every broken reference at once: interaction, person and a user who is no member', async () => {
    const bad = await server.request('POST', url, {
      token: team.editor.token,
      body: { title: 'Fout', interactionId: anna, ownerPersonId: meeting, ownerUserId: team.outsider.id },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e: { location: { pointer: string } }) => e.location.pointer)).toEqual([
      '/interactionId',
      '/ownerPersonId',
      '/ownerUserId',
    ]);
    const invalid = await server.request('GET', `${url}?done=maybe&dueBefore=soon&owner=you`, { token: team.viewer.token });
    expect(invalid.status).toBe(400);
    expect(invalid.body.errors.map((e: { location: { name: string } }) => e.location.name).sort()).toEqual(['done', 'dueBefore', 'owner']);
  });

  it('keeps the actions of a deleted interaction, without the link, and lets viewers only read', async () => {
    const call = await f.create('interactions', { kind: 'call', title: 'Bellen', date: '2026-03-02' });
    const action = await f.create('actions', { title: 'Terugbellen', interactionId: call, ownerPersonId: anna });
    await server.request('DELETE', `${f.base}/interactions/${call}`, { token: team.editor.token });
    const kept = await server.request('GET', `${url}/${action}`, { token: team.viewer.token });
    expect(kept.body.interactionId).toBeNull();
    await server.request('DELETE', `${f.base}/people/${anna}`, { token: team.editor.token });
    expect((await server.request('GET', `${url}/${action}`, { token: team.viewer.token })).body.ownerPersonId).toBeNull();
    expect((await server.request('POST', url, { token: team.viewer.token, body: { title: 'Nee' } })).status).toBe(403);
    expect((await server.request('GET', url, { token: team.outsider.token })).status).toBe(404);
  });
});
