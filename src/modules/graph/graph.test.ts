import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppContext } from '../../app/context.ts';
import { nowIso } from '../../lib/clock.ts';
import { newId } from '../../lib/ids.ts';
import { fold } from '../../lib/text.ts';
import { dialects } from '../../test/databases.ts';
import { makeWorkspace } from '../../test/factories.ts';
import { startTestServer, type TestServer } from '../../test/test-server.ts';
import type { Graph } from './graph.schema.ts';

/**
 * A small network written straight into the tables:
 *
 *   Gemeente ── MT ── Team          (units)      Gemeente ── Provincie (works_with)
 *   anna ─ bert ─ carla → dirk ─ eva            anna → Team (member_of)
 *          └──── frits ──────────┘              bert–frits ended in 2015, frits–eva starts in 2030
 */
async function buildNetwork(ctx: AppContext, workspaceId: string) {
  const db = ctx.db.kysely;
  const now = nowIso();
  const stamps = { version: 1, createdAt: now, updatedAt: now };
  const id: Record<string, string> = {};

  const organisation = async (key: string, name: string, kind: string, parent?: string) => {
    id[key] = newId();
    const parentId = parent ? (id[parent] ?? null) : null;
    await db
      .insertInto('organisations')
      .values({ id: id[key], workspaceId, name, sortName: fold(name), kind, parentId, ...stamps })
      .execute();
  };
  await organisation('gemeente', 'Gemeente Kapelle', 'municipality');
  await organisation('mt', 'Managementteam', 'management_team', 'gemeente');
  await organisation('team', 'Team I&A', 'team', 'mt');
  await organisation('provincie', 'Provincie Zeeland', 'province');
  await organisation('leverancier', 'Leverancier BV', 'supplier');

  for (const name of ['anna', 'bert', 'carla', 'dirk', 'eva', 'frits']) {
    id[name] = newId();
    await db
      .insertInto('people')
      .values({ id: id[name], workspaceId, name, sortName: name, ...stamps })
      .execute();
  }

  const affiliation = async (person: string, organisationKey: string, since: string | null, until: string | null) => {
    await db
      .insertInto('affiliations')
      .values({
        id: newId(),
        workspaceId,
        personId: id[person] as string,
        organisationId: id[organisationKey] as string,
        since,
        until,
        createdAt: nowIso(),
      })
      .execute();
  };
  await affiliation('anna', 'team', '2020-01-01', null);
  await affiliation('bert', 'gemeente', null, null);
  await affiliation('carla', 'provincie', null, null);
  await affiliation('dirk', 'leverancier', null, null);
  await affiliation('frits', 'provincie', null, '2015-12-31');
  await affiliation('frits', 'gemeente', '2016-01-01', null);

  const relation = async (
    key: string,
    from: string,
    to: string,
    type: string,
    options: { directed?: boolean; since?: string; until?: string } = {},
  ) => {
    id[key] = newId();
    const fromType = ['anna', 'bert', 'carla', 'dirk', 'eva', 'frits'].includes(from) ? 'person' : 'organisation';
    const toType = ['anna', 'bert', 'carla', 'dirk', 'eva', 'frits'].includes(to) ? 'person' : 'organisation';
    await db
      .insertInto('relations')
      .values({
        id: id[key],
        workspaceId,
        fromId: id[from] as string,
        fromType,
        toId: id[to] as string,
        toType,
        type,
        directed: options.directed ? 1 : 0,
        strength: 4,
        since: options.since ?? null,
        until: options.until ?? null,
        ...stamps,
      })
      .execute();
  };
  await relation('anna-bert', 'anna', 'bert', 'knows');
  await relation('bert-carla', 'bert', 'carla', 'works_with');
  await relation('carla-dirk', 'carla', 'dirk', 'advises', { directed: true });
  // Stored from eva to dirk, so that reaching it from anna needs the "to" side.
  await relation('dirk-eva', 'eva', 'dirk', 'knows');
  await relation('gemeente-provincie', 'gemeente', 'provincie', 'works_with');
  await relation('anna-team', 'anna', 'team', 'member_of', { directed: true });
  await relation('bert-frits', 'bert', 'frits', 'knows', { since: '2010-01-01', until: '2015-06-30' });
  await relation('frits-eva', 'frits', 'eva', 'knows', { since: '2030-01-01' });

  const theme = newId();
  await db
    .insertInto('themes')
    .values({
      id: theme,
      workspaceId,
      title: 'Regionale inkoop',
      sortTitle: 'regionale inkoop',
      kind: 'regional_theme',
      status: 'active',
      ...stamps,
    })
    .execute();
  for (const o of ['provincie', 'leverancier']) {
    await db
      .insertInto('themeOrganisations')
      .values({ themeId: theme, organisationId: id[o] as string, workspaceId })
      .execute();
  }
  id.theme = theme;
  return id;
}

describe.each(dialects)('graph API on %s', (dialect) => {
  let server: TestServer;
  let team: Awaited<ReturnType<typeof makeWorkspace>>;
  let id: Record<string, string>;
  let base: string;
  let nameOf: Map<string, string>;

  /** The graph as sorted names: nodes with degrees, edges as relation keys. */
  const read = async (query = '', token = team.viewer.token) => {
    const response = await server.request<Graph>('GET', `${base}${query}`, { token });
    expect(response.status).toBe(200);
    const graph = response.body;
    return {
      graph,
      degrees: Object.fromEntries(graph.nodes.map((n) => [nameOf.get(n.id), n.degree])),
      nodes: graph.nodes.map((n) => nameOf.get(n.id)).sort(),
      edges: graph.edges.map((e) => nameOf.get(e.id)).sort(),
    };
  };

  beforeAll(async () => {
    server = await startTestServer(dialect);
    team = await makeWorkspace(server.ctx);
    id = await buildNetwork(server.ctx, team.workspace.id);
    nameOf = new Map(Object.entries(id).map(([name, value]) => [value, name]));
    base = `/api/v1/workspaces/${team.workspace.id}/graph`;
    // Another workspace's network must never leak in.
    const other = await makeWorkspace(server.ctx, 'Other');
    await buildNetwork(server.ctx, other.workspace.id);
  });
  afterAll(() => server.close());

  it('answers the whole workspace with degrees, kinds and organisations', async () => {
    const { graph, degrees, edges } = await read();
    expect(graph.truncated).toBe(false);
    expect(graph.nodes).toHaveLength(11);
    expect(edges).toHaveLength(8);
    expect(degrees).toEqual({
      anna: 2,
      bert: 3,
      carla: 2,
      dirk: 2,
      eva: 2,
      frits: 2,
      gemeente: 1,
      provincie: 1,
      team: 1,
      mt: 0,
      leverancier: 0,
    });

    const node = (name: string) => graph.nodes.find((n) => n.id === id[name]);
    // Anna works in a team of the municipality, so she is grouped with the municipality.
    expect(node('anna')).toEqual({ id: id.anna, type: 'person', label: 'anna', kind: null, organisationId: id.gemeente, degree: 2 });
    expect(node('team')).toEqual({
      id: id.team,
      type: 'organisation',
      label: 'Team I&A',
      kind: 'team',
      organisationId: id.gemeente,
      degree: 1,
    });
    expect(node('gemeente')?.organisationId).toBe(id.gemeente);
    expect(node('eva')?.organisationId).toBeNull();
    // Frits left the province in 2015: today he belongs to the municipality.
    expect(node('frits')?.organisationId).toBe(id.gemeente);

    const advises = graph.edges.find((e) => e.id === id['carla-dirk']);
    expect(advises).toEqual({ id: id['carla-dirk'], from: id.carla, to: id.dirk, type: 'advises', directed: true, strength: 4 });
  });

  it('answers the neighbourhood of a centre at depth 1, 2 and 3', async () => {
    const one = await read(`?centre=${id.anna}`);
    expect(one.nodes).toEqual(['anna', 'bert', 'team']);
    expect(one.edges).toEqual(['anna-bert', 'anna-team']);
    expect(one.degrees).toEqual({ anna: 2, bert: 1, team: 1 });

    const two = await read(`?centre=${id.anna}&depth=2`);
    expect(two.nodes).toEqual(['anna', 'bert', 'carla', 'frits', 'team']);
    expect(two.edges).toEqual(['anna-bert', 'anna-team', 'bert-carla', 'bert-frits']);

    const three = await read(`?centre=${id.anna}&depth=3`);
    expect(three.nodes).toEqual(['anna', 'bert', 'carla', 'dirk', 'eva', 'frits', 'team']);
    // dirk and eva are both three steps away; their relation comes along.
    expect(three.edges).toEqual(['anna-bert', 'anna-team', 'bert-carla', 'bert-frits', 'carla-dirk', 'dirk-eva', 'frits-eva']);
    expect(three.degrees.eva).toBe(2);

    const organisationCentre = await read(`?centre=${id.gemeente}`);
    expect(organisationCentre.nodes).toEqual(['gemeente', 'provincie']);
  });

  it('keeps only relations of the given types', async () => {
    const whole = await read('?types=works_with');
    expect(whole.nodes).toHaveLength(11);
    expect(whole.edges).toEqual(['bert-carla', 'gemeente-provincie']);

    const around = await read(`?centre=${id.bert}&types=knows,member_of&depth=2`);
    expect(around.nodes).toEqual(['anna', 'bert', 'eva', 'frits', 'team']);
  });

  it('keeps only relations and affiliations active on the asOf date', async () => {
    const now = await read('?asOf=2024-06-01');
    expect(now.edges).not.toContain('bert-frits');
    expect(now.edges).not.toContain('frits-eva');
    expect(now.edges).toHaveLength(6);
    expect(now.degrees.frits).toBe(0);

    const back = await read('?asOf=2012-03-01');
    expect(back.edges).toContain('bert-frits');
    expect(back.graph.nodes.find((n) => n.id === id.frits)?.organisationId).toBe(id.provincie);
    // Anna joined the team in 2020.
    expect(back.graph.nodes.find((n) => n.id === id.anna)?.organisationId).toBeNull();

    const reach = await read(`?centre=${id.anna}&depth=3&asOf=2024-06-01`);
    expect(reach.nodes).toEqual(['anna', 'bert', 'carla', 'dirk', 'team']);
  });

  it('narrows to an organisation with its units and their people', async () => {
    const gemeente = await read(`?organisationId=${id.gemeente}`);
    expect(gemeente.nodes).toEqual(['anna', 'bert', 'frits', 'gemeente', 'mt', 'team']);
    expect(gemeente.edges).toEqual(['anna-bert', 'anna-team', 'bert-frits']);

    const mt = await read(`?organisationId=${id.mt}`);
    expect(mt.nodes).toEqual(['anna', 'mt', 'team']);
    expect(mt.edges).toEqual(['anna-team']);

    const centred = await read(`?organisationId=${id.gemeente}&centre=${id.bert}&depth=3`);
    expect(centred.nodes).toEqual(['anna', 'bert', 'frits', 'team']);
  });

  it("narrows to a theme's organisations and their people", async () => {
    const theme = await read(`?themeId=${id.theme}`);
    expect(theme.nodes).toEqual(['carla', 'dirk', 'frits', 'leverancier', 'provincie']);
    expect(theme.edges).toEqual(['carla-dirk']);

    const today = await read(`?themeId=${id.theme}&asOf=2024-06-01`);
    expect(today.nodes).toEqual(['carla', 'dirk', 'leverancier', 'provincie']);
  });

  it('keeps the highest-degree nodes past the limit', async () => {
    const { graph, nodes, degrees } = await read('?limit=3');
    expect(graph.truncated).toBe(true);
    // bert has 3 relations; anna and carla come first of those with 2.
    expect(nodes).toEqual(['anna', 'bert', 'carla']);
    expect(degrees).toEqual({ anna: 1, bert: 2, carla: 1 });
  });

  it('answers 404 for an unknown centre, theme or organisation', async () => {
    for (const query of [`?centre=${newId()}`, `?themeId=${newId()}`, `?organisationId=${newId()}`, `?organisationId=${id.anna}`]) {
      const response = await server.request('GET', `${base}${query}`, { token: team.viewer.token });
      expect(response.status).toBe(404);
      expect(response.headers.get('content-type')).toContain('application/problem+json');
      expect(response.body.code).toBe('not_found');
    }
  });

  it('answers 400 listing every bad query parameter', async () => {
    const depth = await server.request('GET', `${base}?centre=${id.anna}&depth=4`, { token: team.viewer.token });
    expect(depth.status).toBe(400);
    expect(depth.headers.get('content-type')).toContain('application/problem+json');
    expect(depth.body.errors[0]).toMatchObject({ in: 'query', location: { name: 'depth' }, code: 'too_big' });

    const many = await server.request('GET', `${base}?depth=x&types=knows,Bad-Type&asOf=2024-13-01&limit=50001&centre=nope&colour=red`, {
      token: team.viewer.token,
    });
    expect(many.status).toBe(400);
    expect(many.body.errors.map((e: { location: { name: string } }) => e.location.name).sort()).toEqual([
      'asOf',
      'centre',
      'colour',
      'depth',
      'limit',
      'types',
    ]);
  });

  it('lets viewers read and hides the workspace from outsiders', async () => {
    expect((await server.request('GET', base, { token: team.viewer.token })).status).toBe(200);
    const outsider = await server.request('GET', base, { token: team.outsider.token });
    expect(outsider.status).toBe(404);
    expect((await server.request('GET', base)).status).toBe(401);
  });
});
