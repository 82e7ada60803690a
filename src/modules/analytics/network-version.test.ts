import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dialects } from '../../test/databases.ts';
import { makeWorkspace } from '../../test/factories.ts';
import { startTestServer, type TestServer } from '../../test/test-server.ts';
import { readNetworkVersion } from './network-version.repository.ts';

describe.each(dialects)('network version and "me" on %s', (dialect) => {
  let server: TestServer;
  let team: Awaited<ReturnType<typeof makeWorkspace>>;
  let ws: string;
  const version = () => readNetworkVersion(server.ctx.db.kysely, team.workspace.id);

  beforeAll(async () => {
    server = await startTestServer(dialect);
    team = await makeWorkspace(server.ctx);
    ws = `/api/v1/workspaces/${team.workspace.id}`;
  });
  afterAll(() => server.close());

  it('goes up with every change to organisations, people and relations, and only then', async () => {
    const as = { token: team.editor.token };
    expect(await version()).toBe(0);
    const organisation = await server.request('POST', `${ws}/organisations`, {
      ...as,
      body: { name: 'Gemeente Noordwaarde', kind: 'municipality' },
    });
    expect(await version()).toBe(1);
    const person = await server.request('POST', `${ws}/people`, { ...as, body: { name: 'Ilse Verhoeven' } });
    const other = await server.request('POST', `${ws}/people`, { ...as, body: { name: 'Joost Marinus' } });
    expect(await version()).toBe(3);
    await server.request('PATCH', `${ws}/people/${person.body.id}`, {
      ...as,
      headers: { 'if-match': '"1"' },
      body: { affiliations: [{ organisationId: organisation.body.id }] },
    });
    expect(await version()).toBe(4);
    const relation = await server.request('POST', `${ws}/relations`, {
      ...as,
      body: { from: person.body.id, to: other.body.id, type: 'knows' },
    });
    await server.request('PATCH', `${ws}/relations/${relation.body.id}`, { ...as, headers: { 'if-match': '"1"' }, body: { strength: 5 } });
    await server.request('PATCH', `${ws}/organisations/${organisation.body.id}`, {
      ...as,
      headers: { 'if-match': '"1"' },
      body: { name: 'Gemeente Zuidwaarde' },
    });
    expect(await version()).toBe(7);
    // Reading and failed changes leave it alone.
    await server.request('GET', `${ws}/people`, as);
    const invalid = await server.request('POST', `${ws}/relations`, {
      ...as,
      body: { from: person.body.id, to: other.body.id, type: 'gossips' },
    });
    expect(invalid.status).toBe(400);
    expect(await version()).toBe(7);
    await server.request('DELETE', `${ws}/relations/${relation.body.id}`, as);
    await server.request('DELETE', `${ws}/people/${other.body.id}`, as);
    await server.request('DELETE', `${ws}/organisations/${organisation.body.id}`, as);
    expect(await version()).toBe(10);
  });

  it('lets every member say which person they are, once per person', async () => {
    const ilse = (await server.request('POST', `${ws}/people`, { token: team.editor.token, body: { name: 'Ilse Dekker' } })).body.id;
    const me = await server.request('GET', `${ws}/members/me`, { token: team.viewer.token });
    expect(me.status).toBe(200);
    expect(me.body).toMatchObject({ userId: team.viewer.id, role: 'viewer', personId: null });

    const missingIfMatch = await server.request('PATCH', `${ws}/members/me`, { token: team.viewer.token, body: { personId: ilse } });
    expect(missingIfMatch.status).toBe(428);
    const set = await server.request('PATCH', `${ws}/members/me`, {
      token: team.viewer.token,
      headers: { 'if-match': me.headers.get('etag')! },
      body: { personId: ilse },
    });
    expect(set.status).toBe(200);
    expect(set.body).toMatchObject({ personId: ilse, version: me.body.version + 1 });

    const taken = await server.request('PATCH', `${ws}/members/me`, {
      token: team.editor.token,
      headers: { 'if-match': '"1"' },
      body: { personId: ilse },
    });
    expect(taken.status).toBe(409);
    const unknown = await server.request('PATCH', `${ws}/members/me`, {
      token: team.editor.token,
      headers: { 'if-match': '"1"' },
      body: { personId: team.workspace.id },
    });
    expect(unknown.status).toBe(400);
    expect(unknown.body.errors).toEqual([expect.objectContaining({ in: 'body', location: { pointer: '/personId' }, code: 'not_found' })]);
    const outsider = await server.request('GET', `${ws}/members/me`, { token: team.outsider.token });
    expect(outsider.status).toBe(404);

    // Deleting the person unlinks the member.
    await server.request('DELETE', `${ws}/people/${ilse}`, { token: team.editor.token });
    expect((await server.request('GET', `${ws}/members/me`, { token: team.viewer.token })).body.personId).toBeNull();
  });
});
