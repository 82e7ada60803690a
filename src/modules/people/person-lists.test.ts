// Each person's affiliations, tags and whole record are stored with the person
// (person-lists.repository.ts): every change that alters them stores them anew in the same
// transaction, on both databases.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dialects } from '../../test/databases.ts';
import { makeWorkspace } from '../../test/factories.ts';
import { startTestServer, type TestServer } from '../../test/test-server.ts';
import { nowIso } from '../../lib/clock.ts';
import { newId } from '../../lib/ids.ts';
import { insertPerson, replaceAffiliations } from './person.repository.ts';
import { peopleWithOutdatedRecords } from './person-lists.repository.ts';

describe.each(dialects)('stored lists and record of people on %s', (dialect) => {
  let server: TestServer;
  let team: Awaited<ReturnType<typeof makeWorkspace>>;
  let ws: string;

  const post = async (path: string, body: unknown) => {
    const response = await server.request('POST', `${ws}/${path}`, { token: team.editor.token, body });
    expect(response.status).toBe(201);
    return response.body;
  };
  const patch = async (path: string, body: unknown) => {
    expect((await server.patchCurrent(`${ws}/${path}`, { token: team.editor.token, body })).status).toBe(200);
  };
  /** Each person's organisations and tags as a page of people lists them, by name. */
  const listed = async () => {
    const page = await server.request('GET', `${ws}/people?limit=200`, { token: team.viewer.token });
    return Object.fromEntries(
      page.body.data.map((p: { name: string; tags: string[]; affiliations: { organisationName: string; role: string | null }[] }) => [
        p.name,
        { organisations: p.affiliations.map((a) => `${a.organisationName}${a.role ? ` (${a.role})` : ''}`), tags: p.tags },
      ]),
    );
  };
  const outdated = () => peopleWithOutdatedRecords(server.ctx.db.kysely, team.workspace.id);

  let goes: string;
  let teamIa: string;
  let anna: string;

  beforeAll(async () => {
    server = await startTestServer(dialect);
    team = await makeWorkspace(server.ctx);
    ws = `/api/v1/workspaces/${team.workspace.id}`;
    goes = (await post('organisations', { name: 'Gemeente Goes', kind: 'municipality' })).id;
    teamIa = (await post('organisations', { name: 'Team I&A', kind: 'team', parentId: goes })).id;
    anna = (
      await post('people', {
        name: 'Anna Kramer',
        tags: ['sleutelfiguur'],
        affiliations: [
          { organisationId: teamIa, role: 'Teamleider' },
          { organisationId: goes, role: 'Adviseur' },
        ],
      })
    ).id;
    await post('people', { name: 'Bram Lievense', affiliations: [{ organisationId: goes }] });
  });
  afterAll(() => server.close());

  it('stores them when a person is created', async () => {
    expect(await listed()).toEqual({
      'Anna Kramer': { organisations: ['Team I&A (Teamleider)', 'Gemeente Goes (Adviseur)'], tags: ['sleutelfiguur'] },
      'Bram Lievense': { organisations: ['Gemeente Goes'], tags: [] },
    });
    expect(await outdated()).toEqual([]);
  });

  it('stores them anew when the person’s affiliations or tags change', async () => {
    await patch(`people/${anna}`, { tags: ['beslisser', 'data'], affiliations: [{ organisationId: goes, role: 'Informatiemanager' }] });
    expect((await listed())['Anna Kramer']).toEqual({ organisations: ['Gemeente Goes (Informatiemanager)'], tags: ['beslisser', 'data'] });
    expect(await outdated()).toEqual([]);
  });

  it('stores the record anew when any other field of the person changes', async () => {
    await patch(`people/${anna}`, { jobTitle: 'CIO', email: 'anna@example.org', lastContactOn: '2026-03-01' });
    const page = await server.request('GET', `${ws}/people?limit=200`, { token: team.viewer.token });
    const alone = await server.request('GET', `${ws}/people/${anna}`, { token: team.viewer.token });
    const listedAnna = page.body.data.find((p: { id: string }) => p.id === anna);
    expect(listedAnna).toMatchObject({ jobTitle: 'CIO', email: 'anna@example.org', lastContactOn: '2026-03-01', version: 3 });
    expect(listedAnna).toStrictEqual(alone.body);
    expect(await outdated()).toEqual([]);
  });

  it('stores them anew for everyone affiliated when an organisation is renamed', async () => {
    await patch(`organisations/${goes}`, { name: 'Gemeente Goes (Zeeland)' });
    const people = await listed();
    expect(people['Anna Kramer']!.organisations).toEqual(['Gemeente Goes (Zeeland) (Informatiemanager)']);
    expect(people['Bram Lievense']!.organisations).toEqual(['Gemeente Goes (Zeeland)']);
    expect(await outdated()).toEqual([]);
    const search = await server.request('GET', `${ws}/search?q=zeeland`, { token: team.viewer.token });
    expect(search.body.data.map((d: { title: string }) => d.title).sort()).toEqual([
      'Anna Kramer',
      'Bram Lievense',
      'Gemeente Goes (Zeeland)',
    ]);
  });

  it('stores them anew when an organisation and its units are deleted', async () => {
    await patch(`people/${anna}`, { affiliations: [{ organisationId: teamIa }, { organisationId: goes }] });
    const removed = await server.request('DELETE', `${ws}/organisations/${goes}`, { token: team.editor.token });
    expect(removed.status).toBe(204);
    expect(await listed()).toEqual({
      'Anna Kramer': { organisations: [], tags: ['beslisser', 'data'] },
      'Bram Lievense': { organisations: [], tags: [] },
    });
    expect(await outdated()).toEqual([]);
    const search = await server.request('GET', `${ws}/search?q=goes`, { token: team.viewer.token });
    expect(search.body.data).toEqual([]);
  });

  it('computes them on read for a person written without them', async () => {
    const organisation = (await post('organisations', { name: 'Waterschap Scheldestromen', kind: 'water_board' })).id;
    const now = nowIso();
    const id = newId();
    const fields = { jobTitle: null, email: null, phone: null, source: null, informedOn: null, lastContactOn: null };
    await insertPerson(server.ctx.db.kysely, {
      ...fields,
      id,
      workspaceId: team.workspace.id,
      name: 'Cor Dekker',
      sortName: 'cor dekker',
      version: 1,
      createdAt: now,
      updatedAt: now,
    });
    await replaceAffiliations(server.ctx.db.kysely, team.workspace.id, id, [{ organisationId: organisation, role: 'Dijkgraaf' }]);
    expect((await listed())['Cor Dekker']).toEqual({ organisations: ['Waterschap Scheldestromen (Dijkgraaf)'], tags: [] });
    expect(await outdated()).toEqual([id]);
    const read = await server.request('GET', `${ws}/people/${id}`, { token: team.viewer.token });
    expect(read.body.affiliations).toEqual([expect.objectContaining({ organisationName: 'Waterschap Scheldestromen', role: 'Dijkgraaf' })]);
  });
});
