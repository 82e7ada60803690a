import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayIso } from '../../lib/clock.ts';
import { newId } from '../../lib/ids.ts';
import { dialects } from '../../test/databases.ts';
import { startTestServer, type TestServer } from '../../test/test-server.ts';
import { auditActions, makeRegion, pointers, type Region } from '../method/region.fixture.ts';

describe.each(dialects)('knowledge items API on %s', (dialect) => {
  let server: TestServer;
  let region: Region;
  let url: string;
  let group: string;
  const editor = () => ({ token: region.team.editor.token });
  const viewer = () => ({ token: region.team.viewer.token });
  const titles = async (query: string) =>
    (await server.request('GET', `${url}?${query}`, viewer())).body.data.map((k: { title: string }) => k.title);

  beforeAll(async () => {
    server = await startTestServer(dialect);
    region = await makeRegion(server);
    url = `${region.base}/knowledge-items`;
    group = await region.post('groups', { name: 'Werkgroep data', kind: 'working_group' });
  });
  afterAll(() => server.close());

  it('creates, reads, updates and deletes a knowledge item shared in a group', async () => {
    const body = {
      groupId: group,
      kind: 'presentation',
      title: 'Datavolwassenheid in de praktijk',
      url: 'https://example.org/datavolwassenheid.pdf',
      description: 'Slides van de werkgroep',
      sharedOn: '2021-02-11',
      sharedById: region.anna,
      themeIds: [region.theme],
    };
    const created = await server.request('POST', url, { ...editor(), body });
    expect(created.status).toBe(201);
    expect(created.body).toEqual({
      id: expect.any(String),
      workspaceId: region.team.workspace.id,
      ...body,
      version: 1,
      createdAt: expect.any(String),
      updatedAt: expect.any(String),
    });
    const one = `${url}/${created.body.id}`;
    expect((await server.request('GET', one, viewer())).body).toEqual(created.body);

    const patched = await server.request('PATCH', one, {
      ...editor(),
      body: { kind: 'training', url: null, themeIds: [] },
      headers: { 'if-match': '"1"' },
    });
    expect(patched.body).toMatchObject({ kind: 'training', url: null, themeIds: [], title: body.title, version: 2 });
    expect((await server.request('DELETE', one, editor())).status).toBe(204);
    expect((await server.request('GET', one, viewer())).status).toBe(404);
    expect(await auditActions(server, 'knowledge_item', created.body.id)).toEqual(['create', 'update', 'delete']);
  });

  it('dates an item today by default and lists by group, theme, person and kind, newest first', async () => {
    const other = await region.post('groups', { name: 'Regiobijeenkomst', kind: 'regional_meeting' });
    const today = await server.request('POST', url, { ...editor(), body: { groupId: other, kind: 'document_link', title: 'Verslag' } });
    expect(today.body.sharedOn).toBe(todayIso());
    await region.post('knowledge-items', {
      groupId: other,
      kind: 'training',
      title: 'Training SQL',
      sharedOn: '2020-05-01',
      sharedById: region.bram,
    });
    await region.post('knowledge-items', {
      groupId: other,
      kind: 'presentation',
      title: 'Afvaldata',
      sharedOn: '2021-05-01',
      themeIds: [region.theme],
    });
    expect(await titles(`groupId=${other}`)).toEqual(['Verslag', 'Afvaldata', 'Training SQL']);
    expect(await titles(`groupId=${other}&sort=title`)).toEqual(['Afvaldata', 'Training SQL', 'Verslag']);
    expect(await titles(`sharedById=${region.bram}`)).toEqual(['Training SQL']);
    expect(await titles(`themeId=${region.theme}&groupId=${other}`)).toEqual(['Afvaldata']);
    expect(await titles(`groupId=${other}&kind=training`)).toEqual(['Training SQL']);
    expect(await titles(`groupId=${other}&q=verS`)).toEqual(['Verslag']);
    const page = await server.request('GET', `${url}?groupId=${other}&limit=2`, viewer());
    expect((await server.request('GET', page.body.links.next, viewer())).body.data.map((k: { title: string }) => k.title)).toEqual([
      'Training SQL',
    ]);
  });

  it('accepts only http and https addresses, and reports every broken reference at once', async () => {
    const bad = await server.request('POST', url, {
      ...editor(),
      body: { kind: 'document_link', title: 'Script', url: 'javascript:alert(1)', sharedOn: '2021-13-01' },
    });
    expect(bad.status).toBe(400);
    expect(pointers(bad.body).sort()).toEqual(['/sharedOn', '/url']);
    const ftp = await server.request('POST', url, {
      ...editor(),
      body: { kind: 'document_link', title: 'Ftp', url: 'ftp://example.org/a' },
    });
    expect(pointers(ftp.body)).toEqual(['/url']);

    const broken = await server.request('POST', url, {
      ...editor(),
      body: {
        kind: 'presentation',
        title: 'Kapot',
        groupId: newId(),
        sharedById: region.foreign.person,
        themeIds: [region.theme, region.theme],
      },
    });
    expect(broken.status).toBe(400);
    expect(pointers(broken.body)).toEqual(['/groupId', '/sharedById', '/themeIds/1']);
    expect(await titles('q=kapot')).toEqual([]);
  });

  it('keeps an item when its group or sharer goes, without them', async () => {
    const temporary = await region.post('groups', { name: 'Tijdelijk', kind: 'other' });
    const sharer = await region.post('people', { name: 'Eva Bakker' });
    const id = await region.post('knowledge-items', { groupId: temporary, sharedById: sharer, kind: 'training', title: 'Blijft' });
    expect((await server.request('DELETE', `${region.base}/groups/${temporary}`, editor())).status).toBe(204);
    expect((await server.request('DELETE', `${region.base}/people/${sharer}`, editor())).status).toBe(204);
    expect((await server.request('GET', `${url}/${id}`, viewer())).body).toMatchObject({
      groupId: null,
      sharedById: null,
      title: 'Blijft',
    });
    expect((await server.request('POST', url, { ...viewer(), body: { kind: 'training', title: 'Nee' } })).status).toBe(403);
  });
});
