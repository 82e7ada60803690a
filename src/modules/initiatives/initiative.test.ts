import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '../../lib/ids.ts';
import { dialects } from '../../test/databases.ts';
import { startTestServer, type TestServer } from '../../test/test-server.ts';
import { auditActions, makeRegion, pointers, type Region } from '../method/region.fixture.ts';

describe.each(dialects)('initiatives API on %s', (dialect) => {
  let server: TestServer;
  let region: Region;
  let url: string;
  const editor = () => ({ token: region.team.editor.token });
  const viewer = () => ({ token: region.team.viewer.token });
  const titles = async (query: string) =>
    (await server.request('GET', `${url}?${query}`, viewer())).body.data.map((i: { title: string }) => i.title);

  beforeAll(async () => {
    server = await startTestServer(dialect);
    region = await makeRegion(server);
    url = `${region.base}/initiatives`;
  });
  afterAll(() => server.close());

  it('creates, reads, updates and deletes an initiative with its organisations and themes', async () => {
    const body = {
      title: 'Gezamenlijke data-analist',
      kind: 'shared_hire',
      status: 'active',
      description: 'Een data-analist voor Kapelle en Goes samen',
      leadOrganisationId: region.kapelle,
      organisationIds: [region.kapelle, region.goes],
      themeIds: [region.theme],
      startOn: '2022-01-01',
      endOn: '2023-12-31',
      outcome: null,
    };
    const created = await server.request('POST', url, { ...editor(), body });
    expect(created.status).toBe(201);
    expect(created.body).toEqual({
      id: expect.any(String),
      workspaceId: region.team.workspace.id,
      ...body,
      organisationIds: [region.goes, region.kapelle],
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
      body: { status: 'completed', outcome: 'Analist gedeeld sinds 2022', organisationIds: [region.kapelle] },
      headers: { 'if-match': '"1"' },
    });
    expect(patched.status).toBe(200);
    expect(patched.body).toMatchObject({
      status: 'completed',
      outcome: 'Analist gedeeld sinds 2022',
      organisationIds: [region.kapelle],
      themeIds: [region.theme],
      version: 2,
    });
    expect((await server.request('PATCH', one, { ...editor(), body: { title: 'Oud' }, headers: { 'if-match': '"1"' } })).status).toBe(412);

    expect((await server.request('DELETE', one, editor())).status).toBe(204);
    expect((await server.request('GET', one, viewer())).status).toBe(404);
    const links = await server.ctx.db.kysely
      .selectFrom('initiativeThemes')
      .select('themeId')
      .where('initiativeId', '=', created.body.id)
      .execute();
    expect(links).toEqual([]);
    expect(await auditActions(server, 'initiative', created.body.id)).toEqual(['create', 'update', 'delete']);
  });

  it('lists the initiatives of a theme and of an organisation, by kind, status and title prefix, a page at a time', async () => {
    const theme = await region.post('themes', { title: 'Afval', kind: 'development' });
    const borsele = await region.post('organisations', { name: 'Gemeente Borsele', kind: 'municipality' });
    await region.post('initiatives', {
      title: 'Pilot afvalinzameling',
      kind: 'pilot',
      status: 'active',
      themeIds: [theme],
      leadOrganisationId: borsele,
    });
    await region.post('initiatives', { title: 'Afvalkalender', kind: 'project', themeIds: [theme], organisationIds: [borsele] });
    await region.post('initiatives', { title: 'Zaakgericht werken', kind: 'organisational_question' });

    expect(await titles(`themeId=${theme}`)).toEqual(['Afvalkalender', 'Pilot afvalinzameling']);
    expect(await titles(`organisationId=${borsele}`)).toEqual(['Afvalkalender', 'Pilot afvalinzameling']);
    expect(await titles(`themeId=${theme}&kind=pilot`)).toEqual(['Pilot afvalinzameling']);
    expect(await titles(`themeId=${theme}&status=proposed`)).toEqual(['Afvalkalender']);
    expect(await titles('q=zaak')).toEqual(['Zaakgericht werken']);
    expect(await titles(`themeId=${theme}&sort=-title`)).toEqual(['Pilot afvalinzameling', 'Afvalkalender']);

    const first = await server.request('GET', `${url}?themeId=${theme}&limit=1`, viewer());
    expect(first.body.data).toHaveLength(1);
    const second = await server.request('GET', first.body.links.next, viewer());
    expect(second.body.data.map((i: { title: string }) => i.title)).toEqual(['Pilot afvalinzameling']);
    expect(second.body.links.next).toBeUndefined();

    const bad = await server.request('GET', `${url}?kind=hobby&themeId=nope`, viewer());
    expect(bad.status).toBe(400);
    expect(pointers(bad.body).sort()).toEqual(['kind', 'themeId']);
  });

  it('reports every broken reference and a backward date range at once, and writes nothing', async () => {
    const bad = await server.request('POST', url, {
      ...editor(),
      body: {
        title: 'Kapot',
        kind: 'project',
        leadOrganisationId: region.foreign.organisation,
        organisationIds: [region.goes, region.goes, newId()],
        themeIds: [region.foreign.theme],
        startOn: '2024-05-01',
        endOn: '2024-04-30',
      },
    });
    expect(bad.status).toBe(400);
    expect(pointers(bad.body)).toEqual(['/leadOrganisationId', '/organisationIds/1', '/organisationIds/2', '/themeIds/0', '/endOn']);
    expect(bad.body.errors.map((e: { code: string }) => e.code)).toEqual(['not_found', 'duplicate', 'not_found', 'not_found', 'too_small']);
    expect(await titles('q=kapot')).toEqual([]);
  });

  it('follows deleted organisations and themes: the lead is cleared, links go; deleting it takes its notes', async () => {
    const lead = await region.post('organisations', { name: 'Hogeschool Zeeland', kind: 'knowledge_institution' });
    const theme = await region.post('themes', { title: 'Onderzoek', kind: 'development' });
    const id = await region.post('initiatives', {
      title: 'Stage data',
      kind: 'project',
      leadOrganisationId: lead,
      organisationIds: [lead, region.goes],
      themeIds: [theme],
    });
    await region.post('notes', { subjectType: 'initiative', subjectId: id, body: 'Contact via de werkgroep', visibility: 'workspace' });

    expect((await server.request('DELETE', `${region.base}/organisations/${lead}`, editor())).status).toBe(204);
    expect((await server.request('DELETE', `${region.base}/themes/${theme}`, editor())).status).toBe(204);
    const after = await server.request('GET', `${url}/${id}`, viewer());
    expect(after.body).toMatchObject({ leadOrganisationId: null, organisationIds: [region.goes], themeIds: [] });

    expect((await server.request('DELETE', `${url}/${id}`, editor())).status).toBe(204);
    expect(await server.ctx.db.kysely.selectFrom('notes').select('id').where('subjectId', '=', id).execute()).toEqual([]);
  });

  it('lets viewers read but not write', async () => {
    expect((await server.request('POST', url, { ...viewer(), body: { title: 'Nee', kind: 'pilot' } })).status).toBe(403);
    expect((await server.request('GET', url, { token: region.team.outsider.token })).status).toBe(404);
  });
});
