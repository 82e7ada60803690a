import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nowIso } from '../../lib/clock.ts';
import { newId } from '../../lib/ids.ts';
import { fold } from '../../lib/text.ts';
import type { AppContext } from '../../app/context.ts';
import { dialects } from '../../test/databases.ts';
import { makeWorkspace } from '../../test/factories.ts';
import { startTestServer, type TestServer } from '../../test/test-server.ts';

/** A person row written directly, so these tests do not depend on the people API. */
async function insertPerson(ctx: AppContext, workspaceId: string, name: string): Promise<string> {
  const now = nowIso();
  const id = newId();
  await ctx.db.kysely
    .insertInto('people')
    .values({
      id,
      workspaceId,
      name,
      sortName: fold(name),
      jobTitle: null,
      email: null,
      phone: null,
      source: null,
      informedOn: null,
      lastContactOn: null,
      version: 1,
      createdAt: now,
      updatedAt: now,
    })
    .execute();
  return id;
}

describe.each(dialects)('themes API on %s', (dialect) => {
  let server: TestServer;
  let team: Awaited<ReturnType<typeof makeWorkspace>>;
  let base: string;
  let kapelle: string;
  let goes: string;
  let owner: string;

  const createOrganisation = async (name: string) => {
    const created = await server.request('POST', `/api/v1/workspaces/${team.workspace.id}/organisations`, {
      token: team.editor.token,
      body: { name, kind: 'municipality' },
    });
    return created.body.id as string;
  };

  beforeAll(async () => {
    server = await startTestServer(dialect);
    team = await makeWorkspace(server.ctx);
    base = `/api/v1/workspaces/${team.workspace.id}/themes`;
    kapelle = await createOrganisation('Gemeente Kapelle');
    goes = await createOrganisation('Gemeente Goes');
    owner = await insertPerson(server.ctx, team.workspace.id, 'Jan de Vries');
  });
  afterAll(() => server.close());

  it('creates, reads, lists, updates and deletes a theme with its organisations and search document', async () => {
    const created = await server.request('POST', base, {
      token: team.editor.token,
      body: {
        title: 'Datagedreven werken',
        kind: 'regional_theme',
        description: 'Experimenteren met data',
        horizon: '2026-12-31',
        ownerId: owner,
        organisationIds: [kapelle, goes],
      },
    });
    expect(created.status).toBe(201);
    expect(created.body).toEqual({
      id: expect.any(String),
      workspaceId: team.workspace.id,
      title: 'Datagedreven werken',
      kind: 'regional_theme',
      status: 'exploring',
      description: 'Experimenteren met data',
      horizon: '2026-12-31',
      ownerId: owner,
      organisationIds: [goes, kapelle],
      version: 1,
      createdAt: expect.any(String),
      updatedAt: expect.any(String),
    });
    expect(created.headers.get('etag')).toBe('"1"');
    const url = `${base}/${created.body.id}`;
    expect(created.headers.get('location')).toBe(url);

    const document = await server.ctx.db.kysely
      .selectFrom('searchDocuments')
      .selectAll()
      .where('entityId', '=', created.body.id)
      .executeTakeFirst();
    expect(document).toMatchObject({ entityType: 'theme', title: 'datagedreven werken', body: 'experimenteren met data' });

    const read = await server.request('GET', url, { token: team.viewer.token });
    expect(read.status).toBe(200);
    expect(read.body).toEqual(created.body);
    expect(read.headers.get('etag')).toBe('"1"');

    const patched = await server.request('PATCH', url, {
      token: team.editor.token,
      body: { title: 'Datagedreven werken 2.0', status: 'active', organisationIds: [kapelle], horizon: null },
      headers: { 'if-match': '"1"' },
    });
    expect(patched.status).toBe(200);
    expect(patched.body).toMatchObject({
      title: 'Datagedreven werken 2.0',
      status: 'active',
      organisationIds: [kapelle],
      horizon: null,
      ownerId: owner,
      version: 2,
    });
    expect(patched.headers.get('etag')).toBe('"2"');

    const byKapelle = await server.request('GET', `${base}?organisationId=${kapelle}`, { token: team.viewer.token });
    expect(byKapelle.body.data.map((t: { id: string }) => t.id)).toContain(created.body.id);
    const byGoes = await server.request('GET', `${base}?organisationId=${goes}`, { token: team.viewer.token });
    expect(byGoes.body.data.map((t: { id: string }) => t.id)).not.toContain(created.body.id);

    const deleted = await server.request('DELETE', url, { token: team.editor.token });
    expect(deleted.status).toBe(204);
    expect((await server.request('GET', url, { token: team.viewer.token })).status).toBe(404);
    const links = await server.ctx.db.kysely
      .selectFrom('themeOrganisations')
      .select('themeId')
      .where('themeId', '=', created.body.id)
      .execute();
    expect(links).toEqual([]);
    const gone = await server.ctx.db.kysely
      .selectFrom('searchDocuments')
      .select('entityId')
      .where('entityId', '=', created.body.id)
      .execute();
    expect(gone).toEqual([]);
    const audit = await server.ctx.db.kysely
      .selectFrom('auditEvents')
      .select('action')
      .where('subjectType', '=', 'theme')
      .where('subjectId', '=', created.body.id)
      .orderBy('id')
      .execute();
    expect(audit.map((a) => a.action)).toEqual(['create', 'update', 'delete']);
  });

  it('pages through a sorted list with cursor links and filters by kind, status, organisation and title prefix', async () => {
    const other = await makeWorkspace(server.ctx, 'Filters');
    const url = `/api/v1/workspaces/${other.workspace.id}/themes`;
    const themes = [
      { title: 'Omgevingswet', kind: 'legislation', status: 'active' },
      { title: 'Óverheidsbrede data', kind: 'development', status: 'exploring' },
      { title: 'Afvalinzameling', kind: 'development', status: 'active' },
      { title: 'Wet open overheid', kind: 'legislation', status: 'completed' },
      { title: 'Energietransitie', kind: 'regional_theme', status: 'on_hold' },
    ];
    for (const body of themes) {
      expect((await server.request('POST', url, { token: other.editor.token, body })).status).toBe(201);
    }

    const seen: string[] = [];
    let next: string | undefined = `${url}?limit=2`;
    let pages = 0;
    while (next) {
      const page: { body: { data: { title: string }[]; links: { next?: string } } } = await server.request('GET', next, {
        token: other.viewer.token,
      });
      seen.push(...page.body.data.map((t) => t.title));
      next = page.body.links.next;
      pages += 1;
    }
    expect(pages).toBe(3);
    expect(seen).toEqual(['Afvalinzameling', 'Energietransitie', 'Omgevingswet', 'Óverheidsbrede data', 'Wet open overheid']);

    const titles = async (query: string) =>
      (await server.request('GET', `${url}?${query}`, { token: other.viewer.token })).body.data.map((t: { title: string }) => t.title);
    expect(await titles('sort=-title&limit=2')).toEqual(['Wet open overheid', 'Óverheidsbrede data']);
    expect(await titles('kind=legislation')).toEqual(['Omgevingswet', 'Wet open overheid']);
    expect(await titles('status=active')).toEqual(['Afvalinzameling', 'Omgevingswet']);
    expect(await titles('kind=development&status=active')).toEqual(['Afvalinzameling']);
    expect(await titles('q=ov')).toEqual(['Óverheidsbrede data']);
    expect(await titles('q=O')).toEqual(['Omgevingswet', 'Óverheidsbrede data']);
    expect(await titles('sort=createdAt')).toHaveLength(5);

    const descendingByCreation: string[] = [];
    next = `${url}?sort=-createdAt&limit=3`;
    while (next) {
      const page: { body: { data: { title: string }[]; links: { next?: string } } } = await server.request('GET', next, {
        token: other.viewer.token,
      });
      descendingByCreation.push(...page.body.data.map((t) => t.title));
      next = page.body.links.next;
    }
    expect(new Set(descendingByCreation)).toEqual(new Set(themes.map((t) => t.title)));
    expect(descendingByCreation).toHaveLength(5);

    const badQuery = await server.request('GET', `${url}?kind=novel&sort=colour&cursor=@@`, { token: other.viewer.token });
    expect(badQuery.status).toBe(400);
    expect(badQuery.body.errors.map((e: { location: { name: string } }) => e.location.name).sort()).toEqual(['cursor', 'kind', 'sort']);
  });

  it('answers 412 for a stale If-Match and changes nothing', async () => {
    const created = await server.request('POST', base, {
      token: team.editor.token,
      body: { title: 'Wet open overheid', kind: 'legislation', organisationIds: [goes] },
    });
    const url = `${base}/${created.body.id}`;
    const first = await server.request('PATCH', url, {
      token: team.editor.token,
      body: { status: 'active' },
      headers: { 'if-match': '"1"' },
    });
    expect(first.status).toBe(200);
    const stale = await server.request('PATCH', url, {
      token: team.editor.token,
      body: { title: 'Lost update', organisationIds: [kapelle] },
      headers: { 'if-match': '"1"' },
    });
    expect(stale.status).toBe(412);
    expect(stale.headers.get('content-type')).toContain('application/problem+json');
    expect(stale.body).toMatchObject({ status: 412, code: 'precondition_failed', currentVersion: 2 });
    const after = await server.request('GET', url, { token: team.viewer.token });
    expect(after.body).toMatchObject({ title: 'Wet open overheid', status: 'active', organisationIds: [goes], version: 2 });

    const missing = await server.request('PATCH', url, { token: team.editor.token, body: { title: 'No precondition' } });
    expect(missing.status).toBe(428);
  });

  it('reports every broken reference at once with a pointer, and writes nothing', async () => {
    const other = await makeWorkspace(server.ctx, 'Elsewhere');
    const foreignOrganisation = (
      await server.request('POST', `/api/v1/workspaces/${other.workspace.id}/organisations`, {
        token: other.editor.token,
        body: { name: 'Foreign', kind: 'other' },
      })
    ).body.id;
    const foreignPerson = await insertPerson(server.ctx, other.workspace.id, 'Elders');
    const before = await server.request('GET', `${base}?limit=200`, { token: team.viewer.token });

    const bad = await server.request('POST', base, {
      token: team.editor.token,
      body: { title: 'Broken', kind: 'development', ownerId: foreignPerson, organisationIds: [kapelle, newId(), foreignOrganisation] },
    });
    expect(bad.status).toBe(400);
    expect(bad.headers.get('content-type')).toContain('application/problem+json');
    expect(bad.body).toMatchObject({ status: 400, code: 'validation_failed', detail: '3 problems in the request.' });
    expect(bad.body.errors).toEqual([
      { in: 'body', location: { pointer: '/ownerId' }, code: 'not_found', detail: expect.any(String) },
      { in: 'body', location: { pointer: '/organisationIds/1' }, code: 'not_found', detail: expect.any(String) },
      { in: 'body', location: { pointer: '/organisationIds/2' }, code: 'not_found', detail: expect.any(String) },
    ]);
    const after = await server.request('GET', `${base}?limit=200`, { token: team.viewer.token });
    expect(after.body.data).toHaveLength(before.body.data.length);

    const duplicate = await server.request('POST', base, {
      token: team.editor.token,
      body: { title: 'Twice', kind: 'development', organisationIds: [goes, goes] },
    });
    expect(duplicate.status).toBe(400);
    expect(duplicate.body.errors).toEqual([expect.objectContaining({ location: { pointer: '/organisationIds/1' }, code: 'duplicate' })]);

    const created = await server.request('POST', base, {
      token: team.editor.token,
      body: { title: 'Fine', kind: 'development', organisationIds: [goes] },
    });
    const url = `${base}/${created.body.id}`;
    const badPatch = await server.request('PATCH', url, {
      token: team.editor.token,
      body: { title: 'Not saved', ownerId: newId(), organisationIds: [foreignOrganisation] },
      headers: { 'if-match': '"1"' },
    });
    expect(badPatch.status).toBe(400);
    expect(badPatch.body.errors.map((e: { location: { pointer: string } }) => e.location.pointer)).toEqual([
      '/ownerId',
      '/organisationIds/0',
    ]);
    const unchanged = await server.request('GET', url, { token: team.viewer.token });
    expect(unchanged.body).toMatchObject({ title: 'Fine', organisationIds: [goes], version: 1 });
  });

  it('rejects unknown fields and invalid values, every one at once', async () => {
    const response = await server.request('POST', base, {
      token: team.editor.token,
      body: { title: '  ', kind: 'hobby', horizon: '31-12-2026', organisationIds: ['nope'], colour: 'red' },
    });
    expect(response.status).toBe(400);
    const byPointer = Object.fromEntries(
      response.body.errors.map((e: { location: { pointer: string }; code: string }) => [e.location.pointer, e.code]),
    );
    expect(byPointer).toEqual({
      '/title': 'too_small',
      '/kind': 'invalid_value',
      '/horizon': 'invalid_format',
      '/organisationIds/0': 'invalid_format',
      '/colour': 'unknown_field',
    });

    const created = await server.request('POST', base, { token: team.editor.token, body: { title: 'Strict', kind: 'development' } });
    const patch = await server.request('PATCH', `${base}/${created.body.id}`, {
      token: team.editor.token,
      body: { version: 7 },
      headers: { 'if-match': '"1"' },
    });
    expect(patch.status).toBe(400);
    expect(patch.body.errors).toEqual([expect.objectContaining({ location: { pointer: '/version' }, code: 'unknown_field' })]);
  });

  it('lets viewers read but not write, and hides the workspace from outsiders', async () => {
    const created = await server.request('POST', base, { token: team.editor.token, body: { title: 'Roles', kind: 'administrative_task' } });
    const url = `${base}/${created.body.id}`;

    const viewerCreate = await server.request('POST', base, { token: team.viewer.token, body: { title: 'Viewer', kind: 'development' } });
    expect(viewerCreate.status).toBe(403);
    expect(viewerCreate.body.code).toBe('forbidden');
    expect(
      (await server.request('PATCH', url, { token: team.viewer.token, body: { status: 'active' }, headers: { 'if-match': '"1"' } })).status,
    ).toBe(403);
    expect((await server.request('DELETE', url, { token: team.viewer.token })).status).toBe(403);
    expect((await server.request('GET', url, { token: team.viewer.token })).status).toBe(200);

    for (const [method, path] of [
      ['GET', base],
      ['GET', url],
      ['DELETE', url],
    ] as const) {
      const response = await server.request(method, path, { token: team.outsider.token });
      expect(response.status).toBe(404);
      expect(response.body.code).toBe('not_found');
    }
    const outsiderCreate = await server.request('POST', base, {
      token: team.outsider.token,
      body: { title: 'Outsider', kind: 'development' },
    });
    expect(outsiderCreate.status).toBe(404);
    expect((await server.request('GET', base)).status).toBe(401);
  });
});
