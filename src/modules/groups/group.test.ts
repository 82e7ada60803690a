import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '../../lib/ids.ts';
import { dialects } from '../../test/databases.ts';
import { startTestServer, type TestServer } from '../../test/test-server.ts';
import { auditActions, makeRegion, pointers, type Region } from '../method/region.fixture.ts';

describe.each(dialects)('groups API on %s', (dialect) => {
  let server: TestServer;
  let region: Region;
  let url: string;
  const editor = () => ({ token: region.team.editor.token });
  const viewer = () => ({ token: region.team.viewer.token });
  const names = async (query: string) =>
    (await server.request('GET', `${url}?${query}`, viewer())).body.data.map((g: { name: string }) => g.name);

  beforeAll(async () => {
    server = await startTestServer(dialect);
    region = await makeRegion(server);
    url = `${region.base}/groups`;
  });
  afterAll(() => server.close());

  it("creates, reads, updates and deletes a group, listing its members' current organisations", async () => {
    const vlissingen = await region.post('organisations', { name: 'Gemeente Vlissingen', kind: 'municipality' });
    const former = await region.post('people', {
      name: 'Cor Oud',
      affiliations: [{ organisationId: vlissingen, until: '2019-12-31' }],
    });
    const body = {
      name: 'Werkgroep datagedreven werken',
      kind: 'working_group',
      description: 'Bevelandse gemeenten praten elkaar bij',
      themeIds: [region.theme],
      members: [
        { personId: region.anna, role: 'chair', since: '2020-01-01', until: null },
        { personId: region.bram, role: 'member', since: null, until: null },
        { personId: former, role: 'guest', since: null, until: null },
      ],
    };
    const created = await server.request('POST', url, { ...editor(), body });
    expect(created.status).toBe(201);
    expect(created.body).toEqual({
      id: expect.any(String),
      workspaceId: region.team.workspace.id,
      name: body.name,
      kind: 'working_group',
      description: body.description,
      themeIds: [region.theme],
      members: [
        { personId: region.anna, personName: 'Anna Visser', role: 'chair', since: '2020-01-01', until: null },
        { personId: region.bram, personName: 'Bram de Kok', role: 'member', since: null, until: null },
        { personId: former, personName: 'Cor Oud', role: 'guest', since: null, until: null },
      ],
      organisations: [
        { id: region.goes, name: 'Gemeente Goes' },
        { id: region.kapelle, name: 'Gemeente Kapelle' },
      ],
      version: 1,
      createdAt: expect.any(String),
      updatedAt: expect.any(String),
    });
    const one = `${url}/${created.body.id}`;
    const read = await server.request('GET', one, viewer());
    expect(read.body).toEqual(created.body);
    expect(read.headers.get('etag')).toBe('"1"');

    const patched = await server.request('PATCH', one, {
      ...editor(),
      body: { members: [{ personId: region.bram }], kind: 'regional_meeting' },
      headers: { 'if-match': '"1"' },
    });
    expect(patched.status).toBe(200);
    expect(patched.body).toMatchObject({
      kind: 'regional_meeting',
      members: [{ personId: region.bram, role: 'member' }],
      organisations: [{ id: region.goes, name: 'Gemeente Goes' }],
      themeIds: [region.theme],
      version: 2,
    });

    expect((await server.request('DELETE', one, editor())).status).toBe(204);
    expect((await server.request('GET', one, viewer())).status).toBe(404);
    expect(
      await server.ctx.db.kysely.selectFrom('groupMembers').select('personId').where('groupId', '=', created.body.id).execute(),
    ).toEqual([]);
    expect(await auditActions(server, 'group', created.body.id)).toEqual(['create', 'update', 'delete']);
  });

  it('answers 409 for a name already taken, ignoring case and accents, on create and rename', async () => {
    const first = await region.post('groups', { name: 'Regiobijeenkomst Zeeland', kind: 'regional_meeting' });
    const twice = await server.request('POST', url, { ...editor(), body: { name: 'regiobijeenkomst zéeland', kind: 'other' } });
    expect(twice.status).toBe(409);
    expect(twice.body).toMatchObject({ code: 'conflict', existing: { id: first, href: `${url}/${first}` } });

    const second = await region.post('groups', { name: 'Datateam Kapelle', kind: 'data_team' });
    const rename = await server.request('PATCH', `${url}/${second}`, {
      ...editor(),
      body: { name: 'REGIOBIJEENKOMST ZEELAND' },
      headers: { 'if-match': '"1"' },
    });
    expect(rename.status).toBe(409);
    const own = await server.request('PATCH', `${url}/${second}`, {
      ...editor(),
      body: { name: 'Datateam kapelle' },
      headers: { 'if-match': '"1"' },
    });
    expect(own.status).toBe(200);
  });

  it('answers one 201 and otherwise 409 when the same name is saved at once', async () => {
    const attempts = await Promise.all(
      Array.from({ length: 5 }, () => server.request('POST', url, { ...editor(), body: { name: 'Gelijktijdig', kind: 'other' } })),
    );
    expect(attempts.map((a) => a.status).sort()).toEqual([201, 409, 409, 409, 409]);
  });

  it('filters by kind, theme, member and name prefix', async () => {
    const theme = await region.post('themes', { title: 'Informatieveiligheid', kind: 'legislation' });
    const carla = await region.post('people', { name: 'Carla Jansen' });
    await region.post('groups', { name: 'Kring CISO', kind: 'working_group', themeIds: [theme], members: [{ personId: carla }] });
    await region.post('groups', { name: 'Kennisdag', kind: 'other', themeIds: [theme] });
    expect(await names(`themeId=${theme}`)).toEqual(['Kennisdag', 'Kring CISO']);
    expect(await names(`personId=${carla}`)).toEqual(['Kring CISO']);
    expect(await names(`themeId=${theme}&kind=other`)).toEqual(['Kennisdag']);
    expect(await names('q=kenn')).toEqual(['Kennisdag']);
    const page = await server.request('GET', `${url}?themeId=${theme}&limit=1&sort=-name`, viewer());
    expect(page.body.data.map((g: { name: string }) => g.name)).toEqual(['Kring CISO']);
    expect((await server.request('GET', page.body.links.next, viewer())).body.data.map((g: { name: string }) => g.name)).toEqual([
      'Kennisdag',
    ]);
  });

  it('reports every broken reference at once, members included, and writes nothing', async () => {
    const bad = await server.request('POST', url, {
      ...editor(),
      body: {
        name: 'Kapotte groep',
        kind: 'working_group',
        themeIds: [region.foreign.theme],
        members: [
          { personId: region.anna },
          { personId: region.anna },
          { personId: newId() },
          { personId: region.bram, since: '2021-01-01', until: '2020-01-01' },
        ],
      },
    });
    expect(bad.status).toBe(400);
    expect(pointers(bad.body)).toEqual(['/themeIds/0', '/members/1/personId', '/members/2/personId', '/members/3/until']);
    expect(await names('q=kapot')).toEqual([]);
  });

  it('drops a deleted person from its groups and takes the notes with the group', async () => {
    const dirk = await region.post('people', { name: 'Dirk Smit' });
    const id = await region.post('groups', {
      name: 'Datateam Goes',
      kind: 'data_team',
      members: [{ personId: dirk }, { personId: region.bram }],
    });
    await region.post('notes', { subjectType: 'group', subjectId: id, body: 'Eerste bijeenkomst gepland', visibility: 'workspace' });
    expect((await server.request('DELETE', `${region.base}/people/${dirk}`, editor())).status).toBe(204);
    const after = await server.request('GET', `${url}/${id}`, viewer());
    expect(after.body.members.map((m: { personId: string }) => m.personId)).toEqual([region.bram]);

    expect((await server.request('DELETE', `${url}/${id}`, viewer())).status).toBe(403);
    expect((await server.request('DELETE', `${url}/${id}`, editor())).status).toBe(204);
    expect(await server.ctx.db.kysely.selectFrom('notes').select('id').where('subjectId', '=', id).execute()).toEqual([]);
  });
});
