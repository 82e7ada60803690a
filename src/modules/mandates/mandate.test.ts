import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '../../lib/ids.ts';
import { dialects } from '../../test/databases.ts';
import { startTestServer, type TestServer } from '../../test/test-server.ts';
import { auditActions, makeRegion, pointers, type Region } from '../method/region.fixture.ts';

describe.each(dialects)('mandates API on %s', (dialect) => {
  let server: TestServer;
  let region: Region;
  let url: string;
  const editor = () => ({ token: region.team.editor.token });
  const viewer = () => ({ token: region.team.viewer.token });

  beforeAll(async () => {
    server = await startTestServer(dialect);
    region = await makeRegion(server);
    url = `${region.base}/mandates`;
  });
  afterAll(() => server.close());

  it('creates, reads, updates and deletes a mandate, with ETags and audit events', async () => {
    const body = {
      themeId: region.theme,
      clientId: region.bram,
      holderId: region.anna,
      role: 'Verkenner datagedreven werken',
      scope: 'Een verkenning van wat data de gemeente kan bieden',
      grantedOn: '2020-03-01',
      reviewOn: '2020-09-01',
      status: 'granted',
    };
    const created = await server.request('POST', url, { ...editor(), body });
    expect(created.status).toBe(201);
    expect(created.body).toEqual({
      id: expect.any(String),
      workspaceId: region.team.workspace.id,
      ...body,
      version: 1,
      createdAt: expect.any(String),
      updatedAt: expect.any(String),
    });
    expect(created.headers.get('etag')).toBe('"1"');
    const one = `${url}/${created.body.id}`;
    expect(created.headers.get('location')).toBe(one);

    const read = await server.request('GET', one, viewer());
    expect(read.body).toEqual(created.body);

    const patched = await server.request('PATCH', one, {
      ...editor(),
      body: { status: 'expired', scope: null },
      headers: { 'if-match': '"1"' },
    });
    expect(patched.status).toBe(200);
    expect(patched.body).toMatchObject({ status: 'expired', scope: null, role: body.role, version: 2 });
    expect(patched.headers.get('etag')).toBe('"2"');

    const stale = await server.request('PATCH', one, { ...editor(), body: { status: 'withdrawn' }, headers: { 'if-match': '"1"' } });
    expect(stale.status).toBe(412);
    expect((await server.request('PATCH', one, { ...editor(), body: { status: 'withdrawn' } })).status).toBe(428);

    expect((await server.request('DELETE', one, editor())).status).toBe(204);
    expect((await server.request('GET', one, viewer())).status).toBe(404);
    expect(await auditActions(server, 'mandate', created.body.id)).toEqual(['create', 'update', 'delete']);
  });

  it("keeps a theme's mandate history, newest first, and filters by client, holder and status", async () => {
    const other = await region.post('themes', { title: 'Omgevingswet', kind: 'legislation' });
    const first = await region.post('mandates', { themeId: region.theme, role: 'Verkenner', status: 'expired', clientId: region.bram });
    const second = await region.post('mandates', {
      themeId: region.theme,
      role: 'Projectleider',
      status: 'granted',
      holderId: region.anna,
    });
    const elsewhere = await region.post('mandates', { themeId: other, role: 'Adviseur' });
    const ids = async (query: string) =>
      (await server.request('GET', `${url}?${query}`, viewer())).body.data.map((m: { id: string }) => m.id);
    expect(await ids(`themeId=${region.theme}`)).toEqual([second, first]);
    expect(await ids(`themeId=${region.theme}&sort=createdAt`)).toEqual([first, second]);
    expect(await ids(`themeId=${other}`)).toEqual([elsewhere]);
    expect(await ids(`clientId=${region.bram}`)).toEqual([first]);
    expect(await ids(`holderId=${region.anna}&status=granted`)).toEqual([second]);

    const firstPage = await server.request('GET', `${url}?themeId=${region.theme}&limit=1`, viewer());
    expect(firstPage.body.data.map((m: { id: string }) => m.id)).toEqual([second]);
    const nextPage = await server.request('GET', firstPage.body.links.next, viewer());
    expect(nextPage.body.data.map((m: { id: string }) => m.id)).toEqual([first]);
    expect(nextPage.body.links.next).toBeUndefined();
  });

  it('reports every broken reference and a review before the grant at once, and writes nothing', async () => {
    const before = (await server.request('GET', `${url}?limit=200`, viewer())).body.data.length;
    const bad = await server.request('POST', url, {
      ...editor(),
      body: {
        themeId: region.foreign.theme,
        clientId: region.foreign.person,
        holderId: newId(),
        role: 'Verkenner',
        grantedOn: '2021-01-01',
        reviewOn: '2020-12-31',
      },
    });
    expect(bad.status).toBe(400);
    expect(bad.headers.get('content-type')).toContain('application/problem+json');
    expect(bad.body.detail).toBe('4 problems in the request.');
    expect(pointers(bad.body)).toEqual(['/themeId', '/clientId', '/holderId', '/reviewOn']);
    expect(bad.body.errors.map((e: { code: string }) => e.code)).toEqual(['not_found', 'not_found', 'not_found', 'too_small']);
    expect((await server.request('GET', `${url}?limit=200`, viewer())).body.data).toHaveLength(before);

    const invalid = await server.request('POST', url, { ...editor(), body: { role: ' ', status: 'maybe', colour: 'red' } });
    expect(invalid.status).toBe(400);
    expect(pointers(invalid.body).sort()).toEqual(['/colour', '/role', '/status', '/themeId']);

    const id = await region.post('mandates', { themeId: region.theme, role: 'Adviseur', grantedOn: '2022-01-01' });
    const patch = await server.request('PATCH', `${url}/${id}`, {
      ...editor(),
      body: { reviewOn: '2021-06-01' },
      headers: { 'if-match': '"1"' },
    });
    expect(patch.status).toBe(400);
    expect(pointers(patch.body)).toEqual(['/reviewOn']);
  });

  it('lets viewers read but not write, and hides the workspace from outsiders', async () => {
    const id = await region.post('mandates', { themeId: region.theme, role: 'Adviseur' });
    expect((await server.request('POST', url, { ...viewer(), body: { themeId: region.theme, role: 'Nee' } })).status).toBe(403);
    expect((await server.request('DELETE', `${url}/${id}`, viewer())).status).toBe(403);
    expect((await server.request('GET', `${url}/${id}`, { token: region.team.outsider.token })).status).toBe(404);
    expect((await server.request('GET', url, { token: region.team.outsider.token })).status).toBe(404);
  });

  it('carries notes, clears a deleted person and goes with its theme, notes included', async () => {
    const theme = await region.post('themes', { title: 'Afvalinzameling', kind: 'development' });
    const client = await region.post('people', { name: 'Carla Jansen' });
    const id = await region.post('mandates', { themeId: theme, clientId: client, role: 'Trekker' });
    const note = await region.post('notes', {
      subjectType: 'mandate',
      subjectId: id,
      body: 'Afgestemd in het MT',
      visibility: 'workspace',
    });
    expect(typeof note).toBe('string');

    expect((await server.request('DELETE', `${region.base}/people/${client}`, editor())).status).toBe(204);
    const after = await server.request('GET', `${url}/${id}`, viewer());
    expect(after.body.clientId).toBeNull();

    expect((await server.request('DELETE', `${region.base}/themes/${theme}`, editor())).status).toBe(204);
    expect((await server.request('GET', `${url}/${id}`, viewer())).status).toBe(404);
    const notes = await server.ctx.db.kysely.selectFrom('notes').select('id').where('subjectId', '=', id).execute();
    expect(notes).toEqual([]);
  });
});
