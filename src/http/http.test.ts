import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dialects } from '../test/databases.ts';
import { makeWorkspace } from '../test/factories.ts';
import { startTestServer, type TestServer } from '../test/test-server.ts';

describe.each(dialects)('HTTP conventions and access on %s', (dialect) => {
  let server: TestServer;
  let team: Awaited<ReturnType<typeof makeWorkspace>>;
  let ws: string;

  beforeAll(async () => {
    server = await startTestServer(dialect, { KRING_BODY_LIMIT: '4096' });
    team = await makeWorkspace(server.ctx);
    ws = `/api/v1/workspaces/${team.workspace.id}`;
  });
  afterAll(() => server.close());

  const expectProblem = (response: { status: number; headers: Headers; body: Record<string, unknown> }, status: number, code?: string) => {
    expect(response.status).toBe(status);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
    expect(response.headers.get('api-version')).toBe('1.0.0');
    expect(response.body).toMatchObject({ status, title: expect.any(String), detail: expect.any(String), ...(code ? { code } : {}) });
    expect(JSON.stringify(response.body)).not.toMatch(/ at .*\.ts:\d+|select |insert into|sqlite|postgres/i);
  };

  it('answers 401 without or with bad credentials', async () => {
    expectProblem(await server.request('GET', `${ws}/people`), 401, 'unauthenticated');
    expectProblem(await server.request('GET', `${ws}/people`, { token: 'kring_wrong' }), 401, 'unauthenticated');
    expectProblem(await server.request('GET', `${ws}/people`, { headers: { authorization: 'Basic abc' } }), 401);
    expect((await server.request('GET', `${ws}/people`)).headers.get('www-authenticate')).toContain('Bearer');
  });

  it('lets viewers read, editors write and owners manage members; outsiders see nothing', async () => {
    expect((await server.request('GET', `${ws}/people`, { token: team.viewer.token })).status).toBe(200);
    expectProblem(await server.request('POST', `${ws}/people`, { token: team.viewer.token, body: { name: 'X' } }), 403, 'forbidden');
    expect((await server.request('POST', `${ws}/people`, { token: team.editor.token, body: { name: 'X' } })).status).toBe(201);
    expectProblem(
      await server.request('POST', `${ws}/members`, { token: team.editor.token, body: { email: team.outsider.email, role: 'viewer' } }),
      403,
    );
    expectProblem(await server.request('GET', `${ws}/people`, { token: team.outsider.token }), 404, 'not_found');
    expectProblem(await server.request('DELETE', ws, { token: team.editor.token }), 403);
  });

  it('answers 404 for unknown ids and 400 for malformed ones, naming the parameter', async () => {
    expectProblem(await server.request('GET', `${ws}/people/4b8f1c52-2d7a-4c1e-9f0e-1d2a3b4c5d6e`, { token: team.viewer.token }), 404);
    const bad = await server.request('GET', `${ws}/people/42`, { token: team.viewer.token });
    expectProblem(bad, 400, 'validation_failed');
    expect(bad.body.errors).toEqual([expect.objectContaining({ in: 'path', location: { name: 'personId' } })]);
    const badQuery = await server.request('GET', `${ws}/people?limit=0&sort=shoe&colour=red`, { token: team.viewer.token });
    expect(badQuery.body.errors.map((e: { location: { name: string } }) => e.location.name).sort()).toEqual(['colour', 'limit', 'sort']);
    expectProblem(await server.request('GET', `${ws}/people?cursor=bogus`, { token: team.viewer.token }), 400);
  });

  it('reports path, query and body problems together', async () => {
    const response = await server.request('PATCH', `${ws}/people/nope?x=1`, {
      token: team.editor.token,
      body: { name: 7 },
      headers: { 'if-match': '"1"' },
    });
    expect(response.status).toBe(400);
    expect(response.body.errors.map((e: { in: string }) => e.in).sort()).toEqual(['body', 'path', 'query']);
  });

  it('answers 415 for non-JSON bodies, 400 for broken JSON and 413 for oversized ones', async () => {
    expectProblem(
      await server.request('POST', `${ws}/people`, {
        token: team.editor.token,
        raw: 'name=X',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
      }),
      415,
    );
    expectProblem(
      await server.request('POST', `${ws}/people`, { token: team.editor.token, raw: 'name', headers: { 'content-type': 'text/plain' } }),
      415,
    );
    const broken = await server.request('POST', `${ws}/people`, {
      token: team.editor.token,
      raw: '{"name":',
      headers: { 'content-type': 'application/json' },
    });
    expectProblem(broken, 400, 'invalid_json');
    expect(broken.body.errors[0]).toMatchObject({ in: 'body', location: { pointer: '' } });
    expectProblem(
      await server.request('POST', `${ws}/people`, { token: team.editor.token, body: { name: 'x'.repeat(5000) } }),
      413,
      'payload_too_large',
    );
  });

  it('answers 404 problem for trailing slashes and unknown API paths', async () => {
    expectProblem(await server.request('GET', `${ws}/people/`, { token: team.viewer.token }), 404);
    expectProblem(await server.request('GET', '/api/v1/nothing-here', { token: team.viewer.token }), 404);
  });

  it('sends the API-Version header and the security headers on every response', async () => {
    for (const response of [
      await server.request('GET', `${ws}/people`, { token: team.viewer.token }),
      await server.request('GET', '/api/v1/nope'),
      // Errors raised before the route (a trailing slash) and in it (no credential).
      await server.request('GET', `${ws}/people/`, { token: team.viewer.token }),
      await server.request('GET', `${ws}/people`),
    ]) {
      expect(response.headers.get('api-version')).toBe('1.0.0');
      expect(response.headers.get('server-timing')).toMatch(/^app;dur=\d+\.\d\d$/);
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('x-frame-options')).toBe('DENY');
      expect(response.headers.get('strict-transport-security')).toContain('max-age=');
      expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
      expect(response.headers.get('cache-control')).toBe('no-store');
    }
  });

  it('publishes the OpenAPI 3.1 document without login and with CORS *', async () => {
    const response = await server.request('GET', '/api/v1/openapi.json');
    expect(response.status).toBe(200);
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    expect(response.body.openapi).toBe('3.1.0');
    expect(Object.keys(response.body.paths)).toEqual(
      expect.arrayContaining(['/workspaces/{workspaceId}/people/{personId}', '/workspaces/{workspaceId}/search']),
    );
    expect(response.body.components.schemas.Person.properties.affiliations).toBeDefined();
    // An operation answering two success statuses documents both (an import: 200 dry run, 201 written).
    const importing = response.body.paths['/workspaces/{workspaceId}/imports'].post.responses;
    expect(importing['200'].content['application/json'].schema).toEqual(importing['201'].content['application/json'].schema);
  });

  it('has no theme stylesheet unless one is configured', async () => {
    expect((await server.request('GET', '/api/v1/config')).body.themeStylesheet).toBeNull();
    expect((await server.request('GET', '/theme.css')).status).toBe(404);
  });

  it('reports health 200 with the database reachable', async () => {
    const response = await server.request('GET', '/health');
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ status: 'ok', database: dialect });
  });
});

describe('health without a database', () => {
  it('answers 503 problem when the database is gone', async () => {
    const server = await startTestServer('sqlite');
    await server.ctx.db.close();
    const response = await server.request('GET', '/health');
    expect(response.status).toBe(503);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
    await server.close().catch(() => undefined);
  });
});
