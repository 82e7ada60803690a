import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dialects } from '../../test/databases.ts';
import { makeWorkspace } from '../../test/factories.ts';
import { startTestServer, type TestServer } from '../../test/test-server.ts';

describe.each(dialects)('search API on %s', (dialect) => {
  let server: TestServer;
  let team: Awaited<ReturnType<typeof makeWorkspace>>;
  let ws: string;
  const find = async (q: string, extra = '') =>
    (await server.request('GET', `${ws}/search?q=${encodeURIComponent(q)}${extra}`, { token: team.viewer.token })).body.data as {
      type: string;
      title: string;
    }[];

  beforeAll(async () => {
    server = await startTestServer(dialect);
    team = await makeWorkspace(server.ctx);
    ws = `/api/v1/workspaces/${team.workspace.id}`;
    const post = (path: string, body: object) => server.request('POST', `${ws}/${path}`, { token: team.editor.token, body });
    const org = (await post('organisations', { name: 'Gemeente Kapelle', kind: 'municipality' })).body.id;
    await post('people', { name: 'José Smits', jobTitle: 'Data-analist', affiliations: [{ organisationId: org }] });
    await post('people', { name: 'Josephine Kapelle-Bakker', jobTitle: 'Wethouder' });
    await post('people', { name: 'Ellen Müller', jobTitle: 'Informatiemanager' });
    await post('themes', { title: 'Datagedreven werken', kind: 'regional_theme' });
    const other = await makeWorkspace(server.ctx, 'Other');
    await server.request('POST', `/api/v1/workspaces/${other.workspace.id}/people`, {
      token: other.editor.token,
      body: { name: 'José Geheim' },
    });
  });
  afterAll(() => server.close());

  it('ignores accents both ways: Jose finds José, müller finds Müller', async () => {
    expect((await find('Jose')).map((h) => h.title)).toContain('José Smits');
    expect((await find('jose smits')).map((h) => h.title)).toEqual(['José Smits']);
    expect((await find('muller')).map((h) => h.title)).toEqual(['Ellen Müller']);
    expect((await find('MÜLLER')).map((h) => h.title)).toEqual(['Ellen Müller']);
  });

  it('matches word starts as you type and ranks a name match above a detail match', async () => {
    const hits = await find('kapel');
    expect(
      hits
        .map((h) => h.title)
        .slice(0, 2)
        .sort(),
    ).toEqual(['Gemeente Kapelle', 'Josephine Kapelle-Bakker']);
    expect(hits.map((h) => h.title)).toContain('José Smits');
    expect(hits.findIndex((h) => h.title === 'José Smits')).toBeGreaterThan(1);
    expect((await find('datag')).map((h) => [h.type, h.title])).toEqual([['theme', 'Datagedreven werken']]);
    expect((await find('analist')).map((h) => h.title)).toEqual(['José Smits']);
  });

  it('finds people by the new name of their organisation after a rename', async () => {
    const org = await server.request('POST', `${ws}/organisations`, {
      token: team.editor.token,
      body: { name: 'Waterschap Oud', kind: 'water_board' },
    });
    await server.request('POST', `${ws}/people`, {
      token: team.editor.token,
      body: { name: 'Wim Dijkgraaf', affiliations: [{ organisationId: org.body.id }] },
    });
    expect((await find('oud')).map((h) => h.title)).toContain('Wim Dijkgraaf');
    await server.request('PATCH', `${ws}/organisations/${org.body.id}`, {
      token: team.editor.token,
      headers: { 'if-match': '"1"' },
      body: { name: 'Waterschap Scheldestromen' },
    });
    expect((await find('scheldestr')).map((h) => h.title).sort()).toEqual(['Waterschap Scheldestromen', 'Wim Dijkgraaf']);
    expect((await find('oud')).map((h) => h.title)).not.toContain('Wim Dijkgraaf');
  });

  it('ranks a search that leaves out people in the same tiers, by name within each', async () => {
    const post = (path: string, body: object) => server.request('POST', `${ws}/${path}`, { token: team.editor.token, body });
    await post('organisations', { name: 'Zeeuwse Bibliotheek', kind: 'other' });
    await post('organisations', { name: 'Stichting Zeeuws Archief', kind: 'other' });
    await post('themes', { title: 'Archief op orde', kind: 'regional_theme', description: 'Zeeuwse samenwerking' });
    await post('themes', { title: 'Zeeuws datalab', kind: 'regional_theme' });
    await post('people', { name: 'Zeeuwke de Vries' });
    const ranked = async (q: string, extra: string) =>
      ((await find(q, `&limit=50${extra}`)) as unknown as { type: string; title: string; rank: number }[]).map(
        (h) => `${h.rank} ${h.type} ${h.title}`,
      );
    // Organisations and themes are read whole; with people, through the tiers' indexes.
    expect(await ranked('zeeuw', '&types=organisation,theme')).toEqual([
      '0 theme Zeeuws datalab',
      '0 organisation Zeeuwse Bibliotheek',
      '1 organisation Stichting Zeeuws Archief',
      '2 theme Archief op orde',
    ]);
    for (const q of ['zeeuw', 'zeeuws arch', 'arch', 'orde zeeuwse', 'bib']) {
      const withPeople = (await ranked(q, '')).filter((hit) => !hit.includes(' person '));
      expect((await ranked(q, '&types=organisation,theme')).sort()).toEqual(withPeople.sort());
    }
    const outsider = await makeWorkspace(server.ctx, 'Outside');
    const denied = await server.request('GET', `${ws}/search?q=zeeuw&types=theme`, { token: outsider.viewer.token });
    expect(denied.status).toBe(404);
  });

  it('stays inside the workspace, filters by type and copes with odd input', async () => {
    expect((await find('geheim')).length).toBe(0);
    expect((await find('kapelle', '&types=organisation')).map((h) => h.type)).toEqual(['organisation']);
    expect(await find('"*()-:')).toEqual([]);
    const bad = await server.request('GET', `${ws}/search?q=x&types=planet`, { token: team.viewer.token });
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0]).toMatchObject({ in: 'query', location: { name: 'types' } });
    const empty = await server.request('GET', `${ws}/search?q=`, { token: team.viewer.token });
    expect(empty.body.errors[0].location).toEqual({ name: 'q' });
  });
});
