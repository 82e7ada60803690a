import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dialects } from '../../test/databases.ts';
import { makeUser, makeWorkspace } from '../../test/factories.ts';
import { startTestServer, type TestServer } from '../../test/test-server.ts';

describe.each(dialects)('workspaces and members on %s', (dialect) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(dialect);
  });
  afterAll(() => server.close());

  it('creates a workspace owned by its creator, lists only mine, renames with If-Match', async () => {
    const me = await makeUser(server.ctx);
    const someoneElse = await makeUser(server.ctx);
    const created = await server.request('POST', '/api/v1/workspaces', { token: me.token, body: { name: 'Gemeente Kapelle' } });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ name: 'Gemeente Kapelle', role: 'owner', version: 1 });
    expect((await server.request('GET', '/api/v1/workspaces', { token: someoneElse.token })).body.data).toEqual([]);
    const renamed = await server.request('PATCH', `/api/v1/workspaces/${created.body.id}`, {
      token: me.token,
      body: { name: 'Kapelle' },
      headers: { 'if-match': '"1"' },
    });
    expect(renamed.body).toMatchObject({ name: 'Kapelle', version: 2 });
    expect(
      (
        await server.request('PATCH', `/api/v1/workspaces/${created.body.id}`, {
          token: me.token,
          body: { name: 'Oud' },
          headers: { 'if-match': '"1"' },
        })
      ).status,
    ).toBe(412);
  });

  it('manages members: add by e-mail, change role with If-Match, keep the last owner', async () => {
    const team = await makeWorkspace(server.ctx);
    const base = `/api/v1/workspaces/${team.workspace.id}/members`;
    const newcomer = await makeUser(server.ctx);
    const added = await server.request('POST', base, { token: team.owner.token, body: { email: newcomer.email, role: 'viewer' } });
    expect(added.status).toBe(201);
    expect((await server.request('POST', base, { token: team.owner.token, body: { email: newcomer.email, role: 'viewer' } })).status).toBe(
      409,
    );
    expect(
      (await server.request('POST', base, { token: team.owner.token, body: { email: 'ghost@kring.test', role: 'viewer' } })).status,
    ).toBe(404);
    const promoted = await server.request('PATCH', `${base}/${newcomer.id}`, {
      token: team.owner.token,
      body: { role: 'editor' },
      headers: { 'if-match': '"1"' },
    });
    expect(promoted.body).toMatchObject({ role: 'editor', version: 2 });
    expect(
      (
        await server.request('POST', `/api/v1/workspaces/${team.workspace.id}/people`, {
          token: newcomer.token,
          body: { name: 'Nu mag het' },
        })
      ).status,
    ).toBe(201);

    const demoteSelf = await server.request('PATCH', `${base}/${team.owner.id}`, {
      token: team.owner.token,
      body: { role: 'viewer' },
      headers: { 'if-match': '"1"' },
    });
    expect(demoteSelf.status).toBe(409);
    expect((await server.request('DELETE', `${base}/${team.owner.id}`, { token: team.owner.token })).status).toBe(409);
    expect((await server.request('DELETE', `${base}/${newcomer.id}`, { token: team.owner.token })).status).toBe(204);
    expect((await server.request('GET', `/api/v1/workspaces/${team.workspace.id}/people`, { token: newcomer.token })).status).toBe(404);
  });

  it('deletes a workspace with everything in it', async () => {
    const team = await makeWorkspace(server.ctx);
    const ws = `/api/v1/workspaces/${team.workspace.id}`;
    await server.request('POST', `${ws}/people`, { token: team.editor.token, body: { name: 'Weg' } });
    expect((await server.request('DELETE', ws, { token: team.owner.token })).status).toBe(204);
    const left = await server.ctx.db.kysely.selectFrom('people').select('id').where('workspaceId', '=', team.workspace.id).execute();
    expect(left).toEqual([]);
  });
});
