import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '../../lib/ids.ts';
import { dialects } from '../../test/databases.ts';
import { makeWorkspace } from '../../test/factories.ts';
import { startTestServer, type TestServer } from '../../test/test-server.ts';

describe.each(dialects)('graph layouts API on %s', (dialect) => {
  let server: TestServer;
  let team: Awaited<ReturnType<typeof makeWorkspace>>;
  let base: string;

  beforeAll(async () => {
    server = await startTestServer(dialect);
    team = await makeWorkspace(server.ctx);
    base = `/api/v1/workspaces/${team.workspace.id}/graph-layouts`;
  });
  afterAll(() => server.close());

  it('creates, reads and replaces a layout, 201 then 200, with ETags', async () => {
    const [a, b] = [newId(), newId()];
    const url = `${base}/person-${a}`;
    expect((await server.request('GET', url, { token: team.viewer.token })).status).toBe(404);

    const created = await server.request('PUT', url, {
      token: team.editor.token,
      body: { positions: { [a]: [1.25, -3.5], [b]: [0, 1e6] } },
    });
    expect(created.status).toBe(201);
    expect(created.headers.get('etag')).toBe('"1"');
    expect(created.body).toMatchObject({ key: `person-${a}`, positions: { [a]: [1.25, -3.5], [b]: [0, 1e6] }, version: 1 });

    const read = await server.request('GET', url, { token: team.viewer.token });
    expect(read.status).toBe(200);
    expect(read.headers.get('etag')).toBe('"1"');
    expect(read.body).toEqual({
      key: `person-${a}`,
      positions: { [a]: [1.25, -3.5], [b]: [0, 1e6] },
      version: 1,
      updatedAt: created.body.updatedAt,
    });

    // Without If-Match the last writer wins.
    const replaced = await server.request('PUT', url, { token: team.editor.token, body: { positions: { [a]: [2, 2] } } });
    expect(replaced.status).toBe(200);
    expect(replaced.headers.get('etag')).toBe('"2"');
    expect((await server.request('GET', url, { token: team.viewer.token })).body).toMatchObject({ positions: { [a]: [2, 2] }, version: 2 });

    const audit = await server.ctx.db.kysely
      .selectFrom('auditEvents')
      .select(['action', 'subjectType', 'subjectId', 'actorId'])
      .where('workspaceId', '=', team.workspace.id)
      .where('subjectType', '=', 'graph_layout')
      .orderBy('id')
      .execute();
    expect(audit).toEqual([
      { action: 'create', subjectType: 'graph_layout', subjectId: null, actorId: team.editor.id },
      { action: 'update', subjectType: 'graph_layout', subjectId: null, actorId: team.editor.id },
    ]);
  });

  it('honours If-Match when sent: 412 with the current version when stale', async () => {
    const url = `${base}/workspace`;
    const node = newId();
    await server.request('PUT', url, { token: team.editor.token, body: { positions: { [node]: [0, 0] } } });
    await server.request('PUT', url, { token: team.editor.token, body: { positions: { [node]: [1, 1] } } });

    const stale = await server.request('PUT', url, {
      token: team.editor.token,
      body: { positions: { [node]: [9, 9] } },
      headers: { 'if-match': '"1"' },
    });
    expect(stale.status).toBe(412);
    expect(stale.headers.get('content-type')).toContain('application/problem+json');
    expect(stale.body).toMatchObject({ code: 'precondition_failed', currentVersion: 2 });
    expect((await server.request('GET', url, { token: team.viewer.token })).body.positions).toEqual({ [node]: [1, 1] });

    const fresh = await server.request('PUT', url, {
      token: team.editor.token,
      body: { positions: { [node]: [3, 4] } },
      headers: { 'if-match': '"2"' },
    });
    expect(fresh.status).toBe(200);
    expect(fresh.body.version).toBe(3);

    const none = await server.request('PUT', `${base}/never-saved`, {
      token: team.editor.token,
      body: { positions: {} },
      headers: { 'if-match': '"1"' },
    });
    expect(none.status).toBe(412);
  });

  it('lets viewers read but not write, and hides layouts from outsiders', async () => {
    const url = `${base}/roles`;
    const write = await server.request('PUT', url, { token: team.viewer.token, body: { positions: {} } });
    expect(write.status).toBe(403);
    await server.request('PUT', url, { token: team.owner.token, body: { positions: {} } });
    expect((await server.request('GET', url, { token: team.viewer.token })).status).toBe(200);
    expect((await server.request('GET', url, { token: team.outsider.token })).status).toBe(404);
    expect((await server.request('PUT', url, { token: team.outsider.token, body: { positions: {} } })).status).toBe(404);
  });

  it('rejects a bad key and bad positions, pointing at each problem', async () => {
    const badKey = await server.request('GET', `${base}/Not_A_Key`, { token: team.viewer.token });
    expect(badKey.status).toBe(400);
    expect(badKey.body.errors[0]).toMatchObject({ in: 'path', location: { name: 'key' } });

    const node = newId();
    const bad = await server.request('PUT', `${base}/workspace`, {
      token: team.editor.token,
      body: { positions: { [node]: [1, 'x'], 'not-a-uuid': [0, 0], [newId()]: [1] }, extra: true },
    });
    expect(bad.status).toBe(400);
    const pointers = bad.body.errors.map((e: { location: { pointer: string } }) => e.location.pointer);
    expect(pointers).toEqual(expect.arrayContaining([`/positions/${node}/1`, '/positions/not-a-uuid', '/extra']));
    expect(bad.body.errors.length).toBeGreaterThanOrEqual(4);
  });
});
