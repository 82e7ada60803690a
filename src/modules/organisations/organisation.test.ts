import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dialects } from '../../test/databases.ts';
import { makeWorkspace } from '../../test/factories.ts';
import { startTestServer, type TestServer } from '../../test/test-server.ts';

describe.each(dialects)('organisations API on %s', (dialect) => {
  let server: TestServer;
  let team: Awaited<ReturnType<typeof makeWorkspace>>;
  let base: string;

  beforeAll(async () => {
    server = await startTestServer(dialect);
    team = await makeWorkspace(server.ctx);
    base = `/api/v1/workspaces/${team.workspace.id}/organisations`;
  });
  afterAll(() => server.close());

  it('creates, reads, lists, updates and deletes an organisation with its units', async () => {
    const created = await server.request('POST', base, {
      token: team.editor.token,
      body: { name: 'Gemeente Kapelle', kind: 'municipality', code: 'GM0678' },
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ name: 'Gemeente Kapelle', kind: 'municipality', code: 'GM0678', parentId: null, version: 1 });
    expect(created.headers.get('etag')).toBe('"1"');
    expect(created.headers.get('location')).toBe(`${base}/${created.body.id}`);

    const unit = await server.request('POST', base, {
      token: team.editor.token,
      body: { name: 'Managementteam', kind: 'management_team', parentId: created.body.id },
    });
    expect(unit.status).toBe(201);
    const subUnit = await server.request('POST', base, {
      token: team.editor.token,
      body: { name: 'Team I&A', kind: 'team', parentId: unit.body.id },
    });

    const units = await server.request('GET', `${base}/${created.body.id}/units`, { token: team.viewer.token });
    expect(units.body.data.map((o: { name: string }) => o.name)).toEqual(['Managementteam', 'Team I&A']);

    const read = await server.request('GET', `${base}/${created.body.id}`, { token: team.viewer.token });
    expect(read.status).toBe(200);
    expect(read.headers.get('etag')).toBe('"1"');

    const patched = await server.request('PATCH', `${base}/${created.body.id}`, {
      token: team.editor.token,
      body: { description: 'Zeeuwse gemeente' },
      headers: { 'if-match': '"1"' },
    });
    expect(patched.status).toBe(200);
    expect(patched.body).toMatchObject({ description: 'Zeeuwse gemeente', version: 2 });
    expect(patched.headers.get('etag')).toBe('"2"');

    const deleted = await server.request('DELETE', `${base}/${created.body.id}`, { token: team.editor.token });
    expect(deleted.status).toBe(204);
    for (const id of [created.body.id, unit.body.id, subUnit.body.id]) {
      expect((await server.request('GET', `${base}/${id}`, { token: team.viewer.token })).status).toBe(404);
    }
  });

  it('pages through a sorted list with cursor links and filters by kind and name prefix', async () => {
    const names = ['Álphen', 'Borsele', 'Goes', 'Noord-Beveland', 'Reimerswaal'];
    for (const name of names) {
      await server.request('POST', base, {
        token: team.editor.token,
        body: { name: `${name}`, kind: name === 'Goes' ? 'province' : 'water_board' },
      });
    }
    const seen: string[] = [];
    let next: string | undefined = `${base}?limit=2&kind=water_board`;
    while (next) {
      const page: { body: { data: { name: string }[]; links: { next?: string } } } = await server.request('GET', next, {
        token: team.viewer.token,
      });
      seen.push(...page.body.data.map((o) => o.name));
      next = page.body.links.next;
    }
    expect(seen).toEqual(['Álphen', 'Borsele', 'Noord-Beveland', 'Reimerswaal']);

    const descending = await server.request('GET', `${base}?kind=water_board&sort=-name&limit=1`, { token: team.viewer.token });
    expect(descending.body.data[0].name).toBe('Reimerswaal');

    const prefix = await server.request('GET', `${base}?q=alp`, { token: team.viewer.token });
    expect(prefix.body.data.map((o: { name: string }) => o.name)).toEqual(['Álphen']);
  });

  it('answers 412 for a stale If-Match and changes nothing', async () => {
    const created = await server.request('POST', base, { token: team.editor.token, body: { name: 'Provincie Zeeland', kind: 'province' } });
    const url = `${base}/${created.body.id}`;
    const first = await server.request('PATCH', url, {
      token: team.editor.token,
      body: { name: 'Provincie Zeeland (2)' },
      headers: { 'if-match': '"1"' },
    });
    expect(first.status).toBe(200);
    const stale = await server.request('PATCH', url, {
      token: team.editor.token,
      body: { name: 'Lost update' },
      headers: { 'if-match': '"1"' },
    });
    expect(stale.status).toBe(412);
    expect(stale.headers.get('content-type')).toContain('application/problem+json');
    expect(stale.body).toMatchObject({ status: 412, code: 'precondition_failed', currentVersion: 2 });
    const after = await server.request('GET', url, { token: team.viewer.token });
    expect(after.body.name).toBe('Provincie Zeeland (2)');

    const missing = await server.request('PATCH', url, { token: team.editor.token, body: { name: 'No precondition' } });
    expect(missing.status).toBe(428);
  });

  it('rejects a duplicate code with 409 pointing at the existing record', async () => {
    const first = await server.request('POST', base, {
      token: team.editor.token,
      body: { name: 'Gemeente Goes', kind: 'municipality', code: 'GM0664' },
    });
    const second = await server.request('POST', base, {
      token: team.editor.token,
      body: { name: 'Goes again', kind: 'municipality', code: 'GM0664' },
    });
    expect(second.status).toBe(409);
    expect(second.body.existing).toEqual({ id: first.body.id, href: `${base}/${first.body.id}` });
  });

  it('rejects a unit cycle and a parent from another workspace', async () => {
    const parent = await server.request('POST', base, { token: team.editor.token, body: { name: 'Parent', kind: 'other' } });
    const child = await server.request('POST', base, {
      token: team.editor.token,
      body: { name: 'Child', kind: 'team', parentId: parent.body.id },
    });
    const cycle = await server.request('PATCH', `${base}/${parent.body.id}`, {
      token: team.editor.token,
      body: { parentId: child.body.id },
      headers: { 'if-match': '"1"' },
    });
    expect(cycle.status).toBe(400);
    expect(cycle.body.errors).toEqual([expect.objectContaining({ in: 'body', location: { pointer: '/parentId' }, code: 'cycle' })]);

    const other = await makeWorkspace(server.ctx, 'Other');
    const foreign = await server.request('POST', `/api/v1/workspaces/${other.workspace.id}/organisations`, {
      token: other.editor.token,
      body: { name: 'Foreign', kind: 'other' },
    });
    const crossing = await server.request('POST', base, {
      token: team.editor.token,
      body: { name: 'X', kind: 'team', parentId: foreign.body.id },
    });
    expect(crossing.status).toBe(400);
    expect(crossing.body.errors[0].location).toEqual({ pointer: '/parentId' });
  });
});
