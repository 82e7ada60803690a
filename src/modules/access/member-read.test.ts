import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dialects } from '../../test/databases.ts';
import { makeUser, makeWorkspace, TEST_PASSWORD } from '../../test/factories.ts';
import { startTestServer, type TestServer } from '../../test/test-server.ts';

/**
 * Reads open to every member check the credential in the read's own statement on PostgreSQL
 * (register-route.ts, src/db/precondition.ts). They must answer exactly as a separate check
 * would: who may not read learns nothing, in the same order of statuses as elsewhere.
 */
describe.each(dialects)('member reads on %s', (dialect) => {
  let server: TestServer;
  let team: Awaited<ReturnType<typeof makeWorkspace>>;
  let ws: string;
  let person: string;
  let organisation: string;
  const missing = '00000000-0000-4000-8000-000000000000';

  beforeAll(async () => {
    server = await startTestServer(dialect);
    team = await makeWorkspace(server.ctx);
    ws = `/api/v1/workspaces/${team.workspace.id}`;
    person = await server.postNew(`${ws}/people`, { token: team.editor.token, body: { name: 'Sanne de Wit' } });
    organisation = await server.postNew(`${ws}/organisations`, {
      token: team.editor.token,
      body: { name: 'Gemeente Noord-Beveland', kind: 'municipality' },
    });
  });
  afterAll(() => server.close());

  const reads = () => [
    `${ws}/people/${person}`,
    `${ws}/people?limit=5`,
    `${ws}/relations?limit=5`,
    `${ws}/organisations/${organisation}`,
    `${ws}/organisations?limit=5`,
    `${ws}/search?q=sanne`,
  ];

  it('answers every member, viewers included, and finds nothing where there is nothing', async () => {
    for (const path of reads()) {
      expect((await server.request('GET', path, { token: team.viewer.token })).status).toBe(200);
    }
    expect((await server.request('GET', `${ws}/people/${person}`, { token: team.viewer.token })).body.name).toBe('Sanne de Wit');
    expect((await server.request('GET', `${ws}/relations?limit=5`, { token: team.viewer.token })).body.data).toEqual([]);
    expect((await server.request('GET', `${ws}/search?q=zzqx`, { token: team.viewer.token })).body.data).toEqual([]);
    expect((await server.request('GET', `${ws}/search?q=--`, { token: team.viewer.token })).body.data).toEqual([]);
    expect((await server.request('GET', `${ws}/people/${missing}`, { token: team.viewer.token })).body.detail).toBe(
      'Person was not found.',
    );
  });

  it('answers 401 without a credential or with an unknown one, whether the record exists or not', async () => {
    for (const path of [...reads(), `${ws}/people/${missing}`, `${ws}/relations/${missing}`, `${ws}/organisations/${missing}`]) {
      expect((await server.request('GET', path)).status).toBe(401);
      const unknown = await server.request('GET', path, { token: 'kring_unknown' });
      expect(unknown.status).toBe(401);
      expect(unknown.body.detail).toBe('The bearer token is unknown or expired.');
      expect(unknown.headers.get('etag')).toBeNull();
    }
    expect((await server.request('GET', `${ws}/people/${person}`, { cookie: 'kring_session=gone' })).status).toBe(401);
  });

  it('answers 404 for the workspace to someone who is not a member, whether the record exists or not', async () => {
    for (const path of [...reads(), `${ws}/people/${missing}`]) {
      const answer = await server.request('GET', path, { token: team.outsider.token });
      expect(answer.status).toBe(404);
      expect(answer.body.detail).toBe('Workspace was not found.');
      expect(answer.headers.get('etag')).toBeNull();
    }
  });

  it('puts 401 and 404 before a bad query, and answers a member the bad query', async () => {
    const bad = `${ws}/people?limit=0`;
    expect((await server.request('GET', bad)).status).toBe(401);
    expect((await server.request('GET', bad, { token: team.outsider.token })).status).toBe(404);
    const answer = await server.request('GET', bad, { token: team.viewer.token });
    expect(answer.status).toBe(400);
    expect(answer.body.errors[0].location).toEqual({ name: 'limit' });
  });

  it('reads with a session cookie as with a token', async () => {
    const login = await server.request('POST', '/api/v1/sessions', { body: { email: team.viewer.email, password: TEST_PASSWORD } });
    const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0]!;
    for (const path of reads()) expect((await server.request('GET', path, { cookie })).status).toBe(200);
  });

  it("records a token's use on its first read", async () => {
    const reader = await makeUser(server.ctx);
    await server.request('POST', `${ws}/members`, { token: team.owner.token, body: { email: reader.email, role: 'viewer' } });
    const lastUsed = async () =>
      (await server.ctx.db.kysely.selectFrom('apiTokens').select('lastUsedAt').where('userId', '=', reader.id).executeTakeFirstOrThrow())
        .lastUsedAt;
    expect(await lastUsed()).toBeNull();
    expect((await server.request('GET', `${ws}/people?limit=5`, { token: reader.token })).status).toBe(200);
    expect(await lastUsed()).not.toBeNull();
  });
});
