import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dialects } from '../../test/databases.ts';
import { makeUser, makeWorkspace, TEST_PASSWORD } from '../../test/factories.ts';
import { startTestServer, type TestServer } from '../../test/test-server.ts';

const cookieOf = (headers: Headers) => (headers.get('set-cookie') ?? '').split(';')[0] ?? '';

describe.each(dialects)('sessions and tokens on %s', (dialect) => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer(dialect, { KRING_LOGIN_RATE_LIMIT: '5' });
  });
  afterAll(() => server.close());

  it('signs in with a database-backed HttpOnly cookie, knows who I am, and signs out', async () => {
    const team = await makeWorkspace(server.ctx, 'Regio');
    const login = await server.request('POST', '/api/v1/sessions', {
      body: { email: team.owner.email.toUpperCase(), password: TEST_PASSWORD },
    });
    expect(login.status).toBe(201);
    expect(login.body.user).toMatchObject({ email: team.owner.email, isAdmin: false });
    expect(login.body.user.passwordHash).toBeUndefined();
    const setCookie = login.headers.get('set-cookie') ?? '';
    expect(setCookie).toMatch(/^kring_session=ks_/);
    expect(setCookie).toContain('HttpOnly');
    expect(setCookie).toContain('SameSite=Lax');
    const cookie = cookieOf(login.headers);

    const me = await server.request('GET', '/api/v1/sessions/current', { cookie });
    expect(me.status).toBe(200);
    expect(me.body.memberships).toEqual([{ workspaceId: team.workspace.id, workspaceName: 'Regio', role: 'owner' }]);

    const stored = await server.ctx.db.kysely.selectFrom('sessions').select('tokenHash').execute();
    expect(stored.some((s) => cookie.includes(s.tokenHash))).toBe(false);

    // The cookie carries the role in a workspace, checked on every request.
    const people = `/api/v1/workspaces/${team.workspace.id}/people`;
    expect((await server.request('GET', people, { cookie })).status).toBe(200);
    const other = await makeWorkspace(server.ctx, 'Elders');
    expect((await server.request('GET', `/api/v1/workspaces/${other.workspace.id}/people`, { cookie })).status).toBe(404);

    expect((await server.request('DELETE', '/api/v1/sessions/current', { cookie })).status).toBe(204);
    expect((await server.request('GET', '/api/v1/sessions/current', { cookie })).status).toBe(401);
    expect((await server.request('GET', people, { cookie })).status).toBe(401);
  });

  it('gives the same 401 for an unknown e-mail and a wrong password, and limits attempts', async () => {
    const user = await makeUser(server.ctx);
    const wrong = await server.request('POST', '/api/v1/sessions', { body: { email: user.email, password: 'wrong-password-1' } });
    const unknown = await server.request('POST', '/api/v1/sessions', {
      body: { email: 'nobody@kring.test', password: 'wrong-password-1' },
    });
    expect(wrong.status).toBe(401);
    expect(unknown.body.detail).toBe(wrong.body.detail);
    let last = wrong;
    for (let attempt = 0; attempt < 5; attempt += 1) {
      last = await server.request('POST', '/api/v1/sessions', { body: { email: user.email, password: 'wrong-password-1' } });
    }
    expect(last.status).toBe(429);
    expect(last.headers.get('content-type')).toContain('application/problem+json');
  });

  it('counts sign-in attempts per address and account, whatever the case of the e-mail', async () => {
    const locked = await makeUser(server.ctx);
    const colleague = await makeUser(server.ctx);
    const attempt = (email: string, password: string) => server.request('POST', '/api/v1/sessions', { body: { email, password } });
    const statuses: number[] = [];
    for (const email of [locked.email, locked.email.toUpperCase(), locked.email, locked.email.toUpperCase(), locked.email]) {
      statuses.push((await attempt(email, 'wrong-password-1')).status);
    }
    expect(statuses).toEqual([401, 401, 401, 401, 401]);
    expect((await attempt(locked.email.toUpperCase(), TEST_PASSWORD)).status).toBe(429);
    // The same address, another account: still let in.
    expect((await attempt(colleague.email, TEST_PASSWORD)).status).toBe(201);
  });

  it('creates API tokens shown once, stored hashed, usable as bearer and revocable', async () => {
    const user = await makeUser(server.ctx);
    const created = await server.request('POST', '/api/v1/tokens', { token: user.token, body: { name: 'script' } });
    expect(created.status).toBe(201);
    expect(created.body.token).toMatch(/^kring_/);
    const list = await server.request('GET', '/api/v1/tokens', { token: created.body.token });
    expect(list.body.data.map((t: { name: string }) => t.name).sort()).toEqual(['script', 'test']);
    expect(JSON.stringify(list.body)).not.toContain(created.body.token);
    expect((await server.request('DELETE', `/api/v1/tokens/${created.body.id}`, { token: user.token })).status).toBe(204);
    expect((await server.request('GET', '/api/v1/tokens', { token: created.body.token })).status).toBe(401);
    const expired = await server.request('POST', '/api/v1/tokens', { token: user.token, body: { name: 'old', expiresOn: '2020-01-01' } });
    expect((await server.request('GET', '/api/v1/tokens', { token: expired.body.token })).status).toBe(401);
  });

  it('lets me change my name and language', async () => {
    const user = await makeUser(server.ctx);
    const changed = await server.request('PATCH', '/api/v1/users/me', { token: user.token, body: { name: 'Nieuwe Naam', locale: 'en' } });
    expect(changed.body).toMatchObject({ name: 'Nieuwe Naam', locale: 'en' });
    expect((await server.request('PATCH', '/api/v1/users/me', { token: user.token, body: { locale: 'fr' } })).status).toBe(400);
  });

  it('lets only administrators create accounts', async () => {
    const admin = await makeUser(server.ctx, { admin: true });
    const plain = await makeUser(server.ctx);
    const body = { email: 'nieuw@kring.test', name: 'Nieuw', password: 'another-long-password' };
    expect((await server.request('POST', '/api/v1/users', { token: plain.token, body })).status).toBe(403);
    expect((await server.request('POST', '/api/v1/users', { token: admin.token, body })).status).toBe(201);
    expect((await server.request('POST', '/api/v1/users', { token: admin.token, body })).status).toBe(409);
  });
});
