import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dialects } from '../../test/databases.ts';
import { makeWorkspace } from '../../test/factories.ts';
import { startTestServer, type TestServer } from '../../test/test-server.ts';

describe.each(dialects)('relations API on %s', (dialect) => {
  let server: TestServer;
  let team: Awaited<ReturnType<typeof makeWorkspace>>;
  let ws: string;
  let anna: string;
  let bram: string;
  let kapelle: string;

  beforeAll(async () => {
    server = await startTestServer(dialect);
    team = await makeWorkspace(server.ctx);
    ws = `/api/v1/workspaces/${team.workspace.id}`;
    const create = async (path: string, body: object) =>
      (await server.request('POST', `${ws}/${path}`, { token: team.editor.token, body })).body.id as string;
    anna = await create('people', { name: 'Anna de Klerk' });
    bram = await create('people', { name: 'Bram Oosterhout' });
    kapelle = await create('organisations', { name: 'Gemeente Kapelle', kind: 'municipality' });
  });
  afterAll(() => server.close());

  it('creates a relation between a person and an organisation with names, types and defaults', async () => {
    const created = await server.request('POST', `${ws}/relations`, {
      token: team.editor.token,
      body: { from: anna, to: kapelle, type: 'advises', strength: 4, since: '2020-01-01' },
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      from: anna,
      fromType: 'person',
      fromName: 'Anna de Klerk',
      to: kapelle,
      toType: 'organisation',
      toName: 'Gemeente Kapelle',
      type: 'advises',
      directed: true,
      strength: 4,
      since: '2020-01-01',
      until: null,
    });
    const knows = await server.request('POST', `${ws}/relations`, {
      token: team.editor.token,
      body: { from: anna, to: bram, type: 'knows', until: '2020-12-31' },
    });
    expect(knows.body).toMatchObject({ directed: false, strength: 3 });

    const ofAnna = await server.request('GET', `${ws}/relations?partyId=${anna}`, { token: team.viewer.token });
    // Both ends named in the list as in the record, a person's and an organisation's.
    const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);
    expect([...ofAnna.body.data].sort(byId)).toEqual([created.body, knows.body].sort(byId));
    const activeIn2021 = await server.request('GET', `${ws}/relations?partyId=${anna}&activeOn=2021-01-01`, { token: team.viewer.token });
    expect(activeIn2021.body.data.map((r: { type: string }) => r.type)).toEqual(['advises']);
    const strong = await server.request('GET', `${ws}/relations?minStrength=4`, { token: team.viewer.token });
    expect(strong.body.data.every((r: { strength: number }) => r.strength >= 4)).toBe(true);
  });

  it('rejects a party of another workspace, an unknown type and a self-relation', async () => {
    const other = await makeWorkspace(server.ctx, 'Other');
    const stranger = (
      await server.request('POST', `/api/v1/workspaces/${other.workspace.id}/people`, {
        token: other.editor.token,
        body: { name: 'Vreemde' },
      })
    ).body.id;
    const crossing = await server.request('POST', `${ws}/relations`, {
      token: team.editor.token,
      body: { from: anna, to: stranger, type: 'gossips_with' },
    });
    expect(crossing.status).toBe(400);
    expect(crossing.body.errors.map((e: { location: { pointer: string }; code: string }) => [e.location.pointer, e.code])).toEqual([
      ['/to', 'not_found'],
      ['/type', 'invalid_value'],
    ]);
    const self = await server.request('POST', `${ws}/relations`, {
      token: team.editor.token,
      body: { from: anna, to: anna, type: 'knows' },
    });
    expect(self.status).toBe(400);
    expect(self.body.errors[0].location).toEqual({ pointer: '/to' });
    const strength = await server.request('POST', `${ws}/relations`, {
      token: team.editor.token,
      body: { from: anna, to: bram, type: 'knows', strength: 9 },
    });
    expect(strength.body.errors[0]).toMatchObject({ location: { pointer: '/strength' }, code: 'too_big' });
  });

  it('lets the workspace extend the relation vocabulary', async () => {
    const added = await server.request('POST', `${ws}/relation-types`, {
      token: team.editor.token,
      body: { key: 'mentors', label: 'is mentor van', directed: true },
    });
    expect(added.status).toBe(201);
    const again = await server.request('POST', `${ws}/relation-types`, {
      token: team.editor.token,
      body: { key: 'mentors', label: 'dubbel' },
    });
    expect(again.status).toBe(409);
    const used = await server.request('POST', `${ws}/relations`, {
      token: team.editor.token,
      body: { from: bram, to: anna, type: 'mentors' },
    });
    expect(used.body).toMatchObject({ type: 'mentors', directed: true });
    const types = await server.request('GET', `${ws}/relation-types`, { token: team.viewer.token });
    expect(types.body.data.find((t: { key: string }) => t.key === 'mentors')).toEqual({
      key: 'mentors',
      label: 'is mentor van',
      directed: true,
      builtIn: false,
    });
  });

  it('updates with If-Match, and deleting an organisation removes its relations', async () => {
    const unit = (
      await server.request('POST', `${ws}/organisations`, {
        token: team.editor.token,
        body: { name: 'Raad', kind: 'council', parentId: kapelle },
      })
    ).body.id;
    const relation = await server.request('POST', `${ws}/relations`, {
      token: team.editor.token,
      body: { from: bram, to: unit, type: 'member_of' },
    });
    const patched = await server.request('PATCH', `${ws}/relations/${relation.body.id}`, {
      token: team.editor.token,
      headers: { 'if-match': '"1"' },
      body: { strength: 5, note: 'raadslid sinds 2018' },
    });
    expect(patched.body).toMatchObject({ strength: 5, note: 'raadslid sinds 2018', version: 2 });
    const badDates = await server.request('PATCH', `${ws}/relations/${relation.body.id}`, {
      token: team.editor.token,
      headers: { 'if-match': '"2"' },
      body: { since: '2022-01-01', until: '2021-01-01' },
    });
    expect(badDates.status).toBe(400);
    expect((await server.request('DELETE', `${ws}/organisations/${kapelle}`, { token: team.editor.token })).status).toBe(204);
    expect((await server.request('GET', `${ws}/relations/${relation.body.id}`, { token: team.viewer.token })).status).toBe(404);
    const rest = await server.request('GET', `${ws}/relations?partyId=${unit}`, { token: team.viewer.token });
    expect(rest.body.data).toEqual([]);
  });
});
