import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppContext } from '../../app/context.ts';
import { nowIso } from '../../lib/clock.ts';
import { newId } from '../../lib/ids.ts';
import { fold } from '../../lib/text.ts';
import { dialects } from '../../test/databases.ts';
import { makeUser, makeWorkspace } from '../../test/factories.ts';
import { startTestServer, type TestServer } from '../../test/test-server.ts';
import { addMember } from '../workspaces/workspace.service.ts';

/** A person and a relation written directly, so these tests do not depend on those APIs. */
async function insertPersonWithRelation(ctx: AppContext, workspaceId: string, organisationId: string) {
  const now = nowIso();
  const personId = newId();
  const relationId = newId();
  const versioned = { version: 1, createdAt: now, updatedAt: now };
  await ctx.db.kysely
    .insertInto('people')
    .values({
      id: personId,
      workspaceId,
      name: 'Els Jansen',
      sortName: fold('Els Jansen'),
      jobTitle: null,
      email: null,
      phone: null,
      source: null,
      informedOn: null,
      lastContactOn: null,
      ...versioned,
    })
    .execute();
  await ctx.db.kysely
    .insertInto('relations')
    .values({
      id: relationId,
      workspaceId,
      fromId: personId,
      fromType: 'person',
      toId: organisationId,
      toType: 'organisation',
      type: 'works_with',
      directed: 0,
      strength: 3,
      since: null,
      until: null,
      note: null,
      source: null,
      ...versioned,
    })
    .execute();
  return { personId, relationId };
}

type NoteList = { body: { data: { id: string; body: string; createdAt: string }[]; links: { next?: string } } };

describe.each(dialects)('notes API on %s', (dialect) => {
  let server: TestServer;
  let team: Awaited<ReturnType<typeof makeWorkspace>>;
  let secondEditor: Awaited<ReturnType<typeof makeUser>>;
  let base: string;
  let organisationId: string;

  const note = (token: string, body: Record<string, unknown>) => server.request('POST', base, { token, body });
  const ids = (list: NoteList) => list.body.data.map((n) => n.id);

  beforeAll(async () => {
    server = await startTestServer(dialect);
    team = await makeWorkspace(server.ctx);
    base = `/api/v1/workspaces/${team.workspace.id}/notes`;
    secondEditor = await makeUser(server.ctx, { name: 'Second editor' });
    await addMember(server.ctx, { workspaceId: team.workspace.id, userId: team.owner.id, ip: null }, secondEditor.email, 'editor');
    const organisation = await server.request('POST', `/api/v1/workspaces/${team.workspace.id}/organisations`, {
      token: team.editor.token,
      body: { name: 'Gemeente Borsele', kind: 'municipality' },
    });
    organisationId = organisation.body.id;
  });
  afterAll(() => server.close());

  it('creates, reads, lists, updates and deletes a note', async () => {
    const created = await note(team.editor.token, {
      subjectType: 'organisation',
      subjectId: organisationId,
      body: '  Wethouder is positief.  ',
    });
    expect(created.status).toBe(201);
    expect(created.body).toEqual({
      id: expect.any(String),
      workspaceId: team.workspace.id,
      subjectType: 'organisation',
      subjectId: organisationId,
      authorId: team.editor.id,
      authorName: 'editor',
      visibility: 'workspace',
      body: 'Wethouder is positief.',
      version: 1,
      createdAt: expect.any(String),
      updatedAt: expect.any(String),
    });
    expect(created.headers.get('etag')).toBe('"1"');
    const url = `${base}/${created.body.id}`;
    expect(created.headers.get('location')).toBe(url);

    const read = await server.request('GET', url, { token: team.viewer.token });
    expect(read.status).toBe(200);
    expect(read.body).toEqual(created.body);
    expect(read.headers.get('etag')).toBe('"1"');

    const listed: NoteList = await server.request('GET', `${base}?subjectId=${organisationId}`, { token: team.viewer.token });
    expect(ids(listed)).toContain(created.body.id);

    const patched = await server.request('PATCH', url, {
      token: team.editor.token,
      body: { body: 'Wethouder is enthousiast.' },
      headers: { 'if-match': '"1"' },
    });
    expect(patched.status).toBe(200);
    expect(patched.body).toMatchObject({ body: 'Wethouder is enthousiast.', visibility: 'workspace', version: 2, authorName: 'editor' });
    expect(patched.headers.get('etag')).toBe('"2"');

    const deleted = await server.request('DELETE', url, { token: team.editor.token });
    expect(deleted.status).toBe(204);
    expect((await server.request('GET', url, { token: team.editor.token })).status).toBe(404);

    const audit = await server.ctx.db.kysely
      .selectFrom('auditEvents')
      .selectAll()
      .where('subjectType', '=', 'note')
      .where('subjectId', '=', created.body.id)
      .orderBy('id')
      .execute();
    expect(audit.map((a) => a.action)).toEqual(['create', 'update', 'delete']);
    expect(JSON.stringify(audit)).not.toContain('Wethouder');
  });

  it('accepts every subject type, checks the subject in its own table and workspace, and goes with a deleted theme', async () => {
    const { personId, relationId } = await insertPersonWithRelation(server.ctx, team.workspace.id, organisationId);
    const theme = await server.request('POST', `/api/v1/workspaces/${team.workspace.id}/themes`, {
      token: team.editor.token,
      body: { title: 'Omgevingswet', kind: 'legislation' },
    });
    const subjects = { person: personId, organisation: organisationId, relation: relationId, theme: theme.body.id as string };
    for (const [subjectType, subjectId] of Object.entries(subjects)) {
      const created = await note(team.editor.token, { subjectType, subjectId, body: `On a ${subjectType}` });
      expect(created.status).toBe(201);
      expect(created.body).toMatchObject({ subjectType, subjectId });
    }

    const wrongTable = await note(team.editor.token, { subjectType: 'person', subjectId: organisationId, body: 'Wrong type' });
    expect(wrongTable.status).toBe(400);
    expect(wrongTable.body.errors).toEqual([
      { in: 'body', location: { pointer: '/subjectId' }, code: 'not_found', detail: expect.any(String) },
    ]);

    const other = await makeWorkspace(server.ctx, 'Other');
    const foreign = await server.request('POST', `/api/v1/workspaces/${other.workspace.id}/organisations`, {
      token: other.editor.token,
      body: { name: 'Foreign', kind: 'other' },
    });
    const crossing = await note(team.editor.token, { subjectType: 'organisation', subjectId: foreign.body.id, body: 'Elsewhere' });
    expect(crossing.status).toBe(400);
    expect(crossing.body.errors[0]).toMatchObject({ location: { pointer: '/subjectId' }, code: 'not_found' });

    const byTheme: NoteList = await server.request('GET', `${base}?subjectId=${subjects.theme}`, { token: team.viewer.token });
    expect(byTheme.body.data).toHaveLength(1);
    const onTheme = byTheme.body.data[0]?.id;
    expect(
      (await server.request('DELETE', `/api/v1/workspaces/${team.workspace.id}/themes/${subjects.theme}`, { token: team.editor.token }))
        .status,
    ).toBe(204);
    expect((await server.request('GET', `${base}/${onTheme}`, { token: team.editor.token })).status).toBe(404);

    const byType: NoteList = await server.request('GET', `${base}?subjectType=relation`, { token: team.viewer.token });
    expect(byType.body.data.map((n) => n.body)).toEqual(['On a relation']);
  });

  it('shows a private note only to its author, in lists and by id, whatever the role of anyone else', async () => {
    const secret = await note(team.editor.token, {
      subjectType: 'organisation',
      subjectId: organisationId,
      visibility: 'private',
      body: 'Geheim',
    });
    expect(secret.status).toBe(201);
    expect(secret.body.visibility).toBe('private');
    const shared = await note(team.editor.token, { subjectType: 'organisation', subjectId: organisationId, body: 'Gedeeld' });
    const url = `${base}/${secret.body.id}`;

    const author: NoteList = await server.request('GET', `${base}?subjectId=${organisationId}&limit=200`, { token: team.editor.token });
    expect(ids(author)).toEqual(expect.arrayContaining([secret.body.id, shared.body.id]));
    expect((await server.request('GET', url, { token: team.editor.token })).status).toBe(200);

    for (const reader of [secondEditor, team.owner, team.viewer]) {
      const list: NoteList = await server.request('GET', `${base}?subjectId=${organisationId}&limit=200`, { token: reader.token });
      expect(ids(list)).toContain(shared.body.id);
      expect(ids(list)).not.toContain(secret.body.id);
      const unfiltered: NoteList = await server.request('GET', `${base}?limit=200`, { token: reader.token });
      expect(ids(unfiltered)).not.toContain(secret.body.id);
      const byId = await server.request('GET', url, { token: reader.token });
      expect(byId.status).toBe(404);
      expect(byId.body.code).toBe('not_found');
    }
    const ownerPatch = await server.request('PATCH', url, {
      token: team.owner.token,
      body: { body: 'Gelezen' },
      headers: { 'if-match': '"1"' },
    });
    expect(ownerPatch.status).toBe(404);
    expect((await server.request('DELETE', url, { token: team.owner.token })).status).toBe(404);
    expect((await server.request('GET', url, { token: team.editor.token })).body.body).toBe('Geheim');

    const published = await server.request('PATCH', url, {
      token: team.editor.token,
      body: { visibility: 'workspace' },
      headers: { 'if-match': '"1"' },
    });
    expect(published.status).toBe(200);
    expect((await server.request('GET', url, { token: secondEditor.token })).status).toBe(200);
  });

  it('lets only the author change a note, and the author or an owner delete it', async () => {
    const created = await note(team.editor.token, { subjectType: 'organisation', subjectId: organisationId, body: 'Van de editor' });
    const url = `${base}/${created.body.id}`;

    for (const other of [secondEditor, team.owner]) {
      const patch = await server.request('PATCH', url, {
        token: other.token,
        body: { body: 'Overgenomen' },
        headers: { 'if-match': '"1"' },
      });
      expect(patch.status).toBe(403);
      expect(patch.body.code).toBe('forbidden');
    }
    expect((await server.request('DELETE', url, { token: secondEditor.token })).status).toBe(403);
    expect((await server.request('DELETE', url, { token: team.viewer.token })).status).toBe(403);
    expect((await server.request('GET', url, { token: team.viewer.token })).body).toMatchObject({ body: 'Van de editor', version: 1 });
    expect((await server.request('DELETE', url, { token: team.owner.token })).status).toBe(204);

    const own = await note(team.editor.token, { subjectType: 'organisation', subjectId: organisationId, body: 'Weg ermee' });
    expect((await server.request('DELETE', `${base}/${own.body.id}`, { token: team.editor.token })).status).toBe(204);
  });

  it('answers 412 for a stale If-Match and changes nothing', async () => {
    const created = await note(team.editor.token, { subjectType: 'organisation', subjectId: organisationId, body: 'Eerste versie' });
    const url = `${base}/${created.body.id}`;
    const first = await server.request('PATCH', url, {
      token: team.editor.token,
      body: { body: 'Tweede versie' },
      headers: { 'if-match': '"1"' },
    });
    expect(first.status).toBe(200);
    const stale = await server.request('PATCH', url, {
      token: team.editor.token,
      body: { body: 'Verloren', visibility: 'private' },
      headers: { 'if-match': '"1"' },
    });
    expect(stale.status).toBe(412);
    expect(stale.headers.get('content-type')).toContain('application/problem+json');
    expect(stale.body).toMatchObject({ status: 412, code: 'precondition_failed', currentVersion: 2 });
    expect((await server.request('GET', url, { token: team.viewer.token })).body).toMatchObject({
      body: 'Tweede versie',
      visibility: 'workspace',
      version: 2,
    });
    expect((await server.request('PATCH', url, { token: team.editor.token, body: { body: 'Zonder If-Match' } })).status).toBe(428);
  });

  it('rejects unknown fields and invalid values, every one at once', async () => {
    const response = await note(team.editor.token, {
      subjectType: 'meeting',
      subjectId: 'x',
      visibility: 'public',
      body: ' ',
      author: 'me',
    });
    expect(response.status).toBe(400);
    const byPointer = Object.fromEntries(
      response.body.errors.map((e: { location: { pointer: string }; code: string }) => [e.location.pointer, e.code]),
    );
    expect(byPointer).toEqual({
      '/subjectType': 'invalid_value',
      '/subjectId': 'invalid_format',
      '/visibility': 'invalid_value',
      '/body': 'too_small',
      '/author': 'unknown_field',
    });

    const tooLong = await note(team.editor.token, { subjectType: 'organisation', subjectId: organisationId, body: 'x'.repeat(20_001) });
    expect(tooLong.status).toBe(400);
    expect(tooLong.body.errors).toEqual([expect.objectContaining({ location: { pointer: '/body' }, code: 'too_big' })]);
    const longest = await note(team.editor.token, { subjectType: 'organisation', subjectId: organisationId, body: 'x'.repeat(20_000) });
    expect(longest.status).toBe(201);

    const patch = await server.request('PATCH', `${base}/${longest.body.id}`, {
      token: team.editor.token,
      body: { subjectId: organisationId },
      headers: { 'if-match': '"1"' },
    });
    expect(patch.status).toBe(400);
    expect(patch.body.errors).toEqual([expect.objectContaining({ location: { pointer: '/subjectId' }, code: 'unknown_field' })]);
  });

  it('lets viewers read but not write, and hides the workspace from outsiders', async () => {
    const created = await note(team.editor.token, { subjectType: 'organisation', subjectId: organisationId, body: 'Voor iedereen' });
    const viewerCreate = await note(team.viewer.token, { subjectType: 'organisation', subjectId: organisationId, body: 'Viewer' });
    expect(viewerCreate.status).toBe(403);
    expect(viewerCreate.body.code).toBe('forbidden');
    expect((await server.request('GET', `${base}/${created.body.id}`, { token: team.viewer.token })).status).toBe(200);

    for (const [method, path] of [
      ['GET', base],
      ['GET', `${base}/${created.body.id}`],
      ['DELETE', `${base}/${created.body.id}`],
    ] as const) {
      const response = await server.request(method, path, { token: team.outsider.token });
      expect(response.status).toBe(404);
      expect(response.body.code).toBe('not_found');
    }
    expect((await note(team.outsider.token, { subjectType: 'organisation', subjectId: organisationId, body: 'Outsider' })).status).toBe(
      404,
    );
  });

  it('pages newest first with cursor links, and oldest first on request', async () => {
    const other = await makeWorkspace(server.ctx, 'Paging');
    const url = `/api/v1/workspaces/${other.workspace.id}/notes`;
    const organisation = await server.request('POST', `/api/v1/workspaces/${other.workspace.id}/organisations`, {
      token: other.editor.token,
      body: { name: 'Gemeente Goes', kind: 'municipality' },
    });
    const created: string[] = [];
    for (let i = 1; i <= 7; i += 1) {
      const visibility = i === 4 ? 'private' : 'workspace';
      const response = await server.request('POST', url, {
        token: other.editor.token,
        body: { subjectType: 'organisation', subjectId: organisation.body.id, visibility, body: `Note ${i}` },
      });
      created.push(response.body.id);
    }

    const walk = async (start: string, token: string) => {
      const seen: NoteList['body']['data'] = [];
      let next: string | undefined = start;
      while (next) {
        const page: NoteList = await server.request('GET', next, { token });
        expect(page.body.data.length).toBeLessThanOrEqual(2);
        seen.push(...page.body.data);
        next = page.body.links.next;
      }
      return seen;
    };

    const authorPages = await walk(`${url}?limit=2`, other.editor.token);
    const authorAll: NoteList = await server.request('GET', `${url}?limit=200`, { token: other.editor.token });
    expect(authorPages.map((n) => n.id)).toEqual(ids(authorAll));
    expect(new Set(authorPages.map((n) => n.id))).toEqual(new Set(created));
    const times = authorPages.map((n) => n.createdAt);
    expect([...times].sort().reverse()).toEqual(times);

    const viewerPages = await walk(`${url}?limit=2&subjectId=${organisation.body.id}`, other.viewer.token);
    expect(viewerPages).toHaveLength(6);
    expect(viewerPages.map((n) => n.body)).not.toContain('Note 4');

    const ascending = await walk(`${url}?limit=2&sort=createdAt`, other.editor.token);
    expect(ascending.map((n) => n.id)).toEqual(authorPages.map((n) => n.id).reverse());

    const badSort = await server.request('GET', `${url}?sort=body`, { token: other.viewer.token });
    expect(badSort.status).toBe(400);
    expect(badSort.body.errors[0]).toMatchObject({ in: 'query', location: { name: 'sort' } });
  });
});
