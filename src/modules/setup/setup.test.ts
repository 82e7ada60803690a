import { afterEach, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../test/test-server.ts';
import { ensureFirstAccount } from './setup.service.ts';

describe('first run', () => {
  let server: TestServer | undefined;
  afterEach(async () => server?.close());

  it('creates the administrator from KRING_ADMIN_EMAIL and KRING_ADMIN_PASSWORD', async () => {
    server = await startTestServer('sqlite', { KRING_ADMIN_EMAIL: 'Admin@Kring.test', KRING_ADMIN_PASSWORD: 'correct-horse-battery' });
    expect(await ensureFirstAccount(server.ctx)).toEqual({ createdAdmin: 'admin@kring.test' });
    expect(await ensureFirstAccount(server.ctx)).toEqual({});
    const login = await server.request('POST', '/api/v1/sessions', {
      body: { email: 'admin@kring.test', password: 'correct-horse-battery' },
    });
    expect(login.body.user.isAdmin).toBe(true);
    expect((await server.request('GET', '/api/v1/setup')).body).toMatchObject({ needed: false });
  });

  it('offers a one-time setup link that creates the first account and can load the demo', async () => {
    server = await startTestServer('sqlite');
    expect((await server.request('GET', '/api/v1/setup')).body).toEqual({ needed: true, demoAvailable: true });
    const stale = (await ensureFirstAccount(server.ctx)).setupUrl!;
    const { setupUrl } = await ensureFirstAccount(server.ctx);
    expect(setupUrl).toMatch(/\/setup#token=setup_/);
    const token = setupUrl!.split('#token=')[1]!;
    const account = { name: 'Eerste Beheerder', email: 'eerste@kring.test', password: 'correct-horse-battery' };

    const wrong = await server.request('POST', '/api/v1/setup', { body: { ...account, token: stale.split('#token=')[1] } });
    expect(wrong.status).toBe(403);
    const done = await server.request('POST', '/api/v1/setup', { body: { ...account, token, loadDemo: true } });
    expect(done.status).toBe(201);
    expect(done.body.user).toMatchObject({ email: 'eerste@kring.test', isAdmin: true });
    expect(done.headers.get('set-cookie')).toContain('kring_session=');
    const cookie = (done.headers.get('set-cookie') ?? '').split(';')[0]!;
    const people = await server.request('GET', `/api/v1/workspaces/${done.body.workspaceId}/people?limit=200`, { cookie });
    expect(people.body.data.length).toBeGreaterThanOrEqual(60);

    expect((await server.request('POST', '/api/v1/setup', { body: { ...account, token } })).status).toBe(409);
  });
});
