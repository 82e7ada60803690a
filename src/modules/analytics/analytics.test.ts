import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dialects } from '../../test/databases.ts';
import { makeWorkspace } from '../../test/factories.ts';
import { startTestServer, type TestServer } from '../../test/test-server.ts';
import type { Communities, MetricRecord, MetricsPage, NodePosition } from './analytics.schema.ts';
import type { Paths } from './influence.schema.ts';

/**
 * A small fictional network with values that can be checked by hand (people projection):
 *
 *   Anna ── Bart
 *      ╲    ╱
 *      Cor ── Dewi ── Eef
 *
 * Cor and Dewi are cut points (Cor–Dewi and Dewi–Eef are bridges). Betweenness: Cor lies
 * between 4 pairs (Anna or Bart with Dewi or Eef), Dewi between 3 (Anna, Bart, Cor with Eef).
 */
describe.each(dialects)('analytics API on %s', (dialect) => {
  let server: TestServer;
  let team: Awaited<ReturnType<typeof makeWorkspace>>;
  let ws: string;
  const ids: Record<string, string> = {};

  /** Asks until the first analysis is there (the first request may answer 503 while it is computed). */
  async function ready<T = MetricsPage>(path: string, token = team.viewer.token) {
    for (;;) {
      const response = await server.request<T>('GET', `${ws}${path}`, { token });
      if (response.status !== 503) return response;
      expect(response.headers.get('retry-after')).toMatch(/^\d+$/);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  /** Asks until the answer is no longer stale. */
  async function fresh(path: string) {
    for (;;) {
      const response = await ready(path);
      if (!response.body.stale) return response;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  const byName = (page: MetricsPage) => Object.fromEntries(page.data.map((item) => [item.name, item])) as Record<string, MetricRecord>;

  beforeAll(async () => {
    server = await startTestServer(dialect);
    team = await makeWorkspace(server.ctx);
    ws = `/api/v1/workspaces/${team.workspace.id}`;
    for (const name of ['Anna', 'Bart', 'Cor', 'Dewi', 'Eef']) {
      ids[name] = (await server.request('POST', `${ws}/people`, { token: team.editor.token, body: { name } })).body.id;
    }
    const ties: [string, string][] = [
      ['Anna', 'Bart'],
      ['Anna', 'Cor'],
      ['Bart', 'Cor'],
      ['Cor', 'Dewi'],
      ['Dewi', 'Eef'],
    ];
    for (const [from, to] of ties) {
      await server.request('POST', `${ws}/relations`, { token: team.editor.token, body: { from: ids[from], to: ids[to], type: 'knows' } });
    }
  });
  afterAll(() => server.close());

  it('answers every metric per person, with values that can be checked by hand', async () => {
    const response = await ready('/analytics/metrics?projection=people&sort=-betweenness');
    expect(response.status).toBe(200);
    const page = response.body;
    expect(page).toMatchObject({ projection: 'people', nodeCount: 5, tieCount: 5, stale: false, networkVersion: 10 });
    expect(page.accuracy.betweenness).toEqual({ method: 'exact', samples: null, errorBound: 0, confidence: null });
    expect(page.data.map((item) => item.name).slice(0, 2)).toEqual(['Cor', 'Dewi']);
    const node = byName(page);
    expect(node.Cor!.id).toBe(ids.Cor);
    expect(node.Cor!.kind).toBe('person');
    expect(Object.fromEntries(Object.entries(node).map(([name, item]) => [name, item.degree]))).toEqual({
      Anna: 2,
      Bart: 2,
      Cor: 3,
      Dewi: 2,
      Eef: 1,
    });
    expect(node.Anna!.clustering).toBe(1);
    expect(node.Cor!.clustering).toBeCloseTo(1 / 3);
    expect(node.Dewi!.clustering).toBe(0);
    expect([node.Anna!.coreNumber, node.Cor!.coreNumber, node.Dewi!.coreNumber, node.Eef!.coreNumber]).toEqual([2, 2, 1, 1]);
    expect(page.data.filter((item) => item.isArticulationPoint).map((item) => item.name)).toEqual(['Cor', 'Dewi']);
    expect([node.Cor!.bridgeCount, node.Dewi!.bridgeCount, node.Eef!.bridgeCount, node.Anna!.bridgeCount]).toEqual([1, 2, 1, 0]);
    expect(node.Cor!.betweenness! / node.Dewi!.betweenness!).toBeCloseTo(4 / 3);
    expect(node.Anna!.betweenness).toBe(0);
    expect([node.Cor!.ranks.betweenness, node.Dewi!.ranks.betweenness, node.Anna!.ranks.betweenness, node.Eef!.ranks.betweenness]).toEqual([
      1, 2, 3, 3,
    ]);
    expect(node.Cor!.strength).toBe(9); // three relations of the default strength 3
    expect(page.summary).toMatchObject({ components: 1, largestComponent: 5, maxCore: 2 });
  });

  it('pages in the order of any metric, ascending or descending, and filters by kind', async () => {
    const kapelle = (
      await server.request('POST', `${ws}/organisations`, {
        token: team.editor.token,
        body: { name: 'Gemeente Kapelle', kind: 'municipality' },
      })
    ).body.id;
    await server.request('PATCH', `${ws}/people/${ids.Eef}`, {
      token: team.editor.token,
      headers: { 'if-match': '"1"' },
      body: { affiliations: [{ organisationId: kapelle }] },
    });
    const first = await fresh('/analytics/metrics?sort=degree&limit=2');
    expect(first.body.nodeCount).toBe(6);
    const seen = [...first.body.data];
    let next = first.body.links.next;
    while (next) {
      const page = await server.request<MetricsPage>('GET', next, { token: team.viewer.token });
      expect(page.status).toBe(200);
      seen.push(...page.body.data);
      next = page.body.links.next;
    }
    expect(new Set(seen.map((item) => item.id)).size).toBe(6);
    const degrees = seen.map((item) => item.degree!);
    expect(degrees).toEqual([...degrees].sort((a, b) => a - b));
    const organisations = await ready('/analytics/metrics?kind=organisation');
    expect(organisations.body.data).toEqual([
      expect.objectContaining({ id: kapelle, kind: 'organisation', name: 'Gemeente Kapelle', degree: 1 }),
    ]);
  });

  it('finds the communities, names them after their dominant organisation and states the modularity', async () => {
    const response = await fresh('/analytics/communities?projection=people');
    expect(response.status).toBe(200);
    const body = response.body as unknown as Communities;
    // Triangle and tail: (3/5 − (7/10)²) + (1/5 − (3/10)²) = 0.22, the best split of this network.
    expect(body.modularity).toBeCloseTo(0.22);
    expect(body.data.map((community) => [...community.memberIds].sort())).toEqual([
      [ids.Anna, ids.Bart, ids.Cor].sort(),
      [ids.Dewi, ids.Eef].sort(),
    ]);
    expect(body.data[0]).toMatchObject({ id: 0, size: 3, dominantOrganisationId: null, label: null });
    expect(body.data[1]).toMatchObject({ id: 1, size: 2, label: 'Gemeente Kapelle' });
    const position = await ready(`/analytics/metrics/${ids.Eef}?projection=people`);
    expect((position.body as unknown as NodePosition).community).toMatchObject({ id: 1, size: 2, label: 'Gemeente Kapelle' });
  });

  it('serves the stale analysis while a changed network is analysed again', async () => {
    const before = await fresh('/analytics/metrics?projection=people');
    await server.request('POST', `${ws}/relations`, {
      token: team.editor.token,
      body: { from: ids.Anna, to: ids.Eef, type: 'works_with' },
    });
    const stale = await ready('/analytics/metrics?projection=people');
    expect(stale.body).toMatchObject({ stale: true, networkVersion: before.body.networkVersion, computedAt: before.body.computedAt });
    expect(byName(stale.body).Eef!.degree).toBe(1);
    const after = await fresh('/analytics/metrics?projection=people');
    expect(after.body.networkVersion).toBe(before.body.networkVersion + 1);
    expect(byName(after.body).Eef!.degree).toBe(2);
    expect(byName(after.body).Dewi!.isArticulationPoint).toBe(false);
  });

  it("answers one node's position with ranks, brokerage and community", async () => {
    const response = await fresh(`/analytics/metrics/${ids.Cor}?projection=people`);
    expect(response.status).toBe(200);
    const position = response.body as unknown as { node: MetricRecord; nodeCount: number; brokerage: Record<string, unknown> };
    expect(position.node).toMatchObject({ id: ids.Cor, name: 'Cor', degree: 3 });
    expect(position.nodeCount).toBe(5);
    expect(position.brokerage).toMatchObject({
      isArticulationPoint: position.node.isArticulationPoint,
      constraint: position.node.constraint,
    });
    const unknown = await ready(`/analytics/metrics/${team.workspace.id}`);
    expect(unknown.status).toBe(404);
  });

  it("finds the warmest paths from the member's own person, each hop explained", async () => {
    const path = `/analytics/paths?projection=people&to=${ids.Eef}&k=2`;
    const unset = await ready<{ errors: unknown[] }>(path);
    expect(unset.status).toBe(400);
    expect(unset.body.errors).toEqual([expect.objectContaining({ in: 'query', location: { name: 'from' }, code: 'own_person_not_set' })]);

    const me = await server.request('GET', `${ws}/members/me`, { token: team.viewer.token });
    await server.request('PATCH', `${ws}/members/me`, {
      token: team.viewer.token,
      headers: { 'if-match': me.headers.get('etag')! },
      body: { personId: ids.Anna },
    });
    const response = await ready<Paths>(path);
    expect(response.status).toBe(200);
    const body = response.body;
    expect(body).toMatchObject({ from: { id: ids.Anna, name: 'Anna', kind: 'person' }, to: { id: ids.Eef, name: 'Eef' }, stale: false });
    // The direct works-with tie (one hop) beats the three hops through Cor and Dewi.
    expect(body.paths.map((found) => found.nodes.map((node) => node.name))).toEqual([
      ['Anna', 'Eef'],
      ['Anna', 'Cor', 'Dewi', 'Eef'],
    ]);
    expect(body.paths[0]!.hops).toEqual([
      expect.objectContaining({ from: ids.Anna, to: ids.Eef, via: 'works_with', kind: 'relation', strength: 3 }),
    ]);
    expect(body.paths[0]!.length).toBeLessThan(body.paths[1]!.length);

    const fromBram = await ready<Paths>(`/analytics/paths?projection=people&from=${ids.Bart}&to=${ids.Cor}&k=1`);
    expect(fromBram.body.paths.map((found) => found.nodes.map((node) => node.name))).toEqual([['Bart', 'Cor']]);
    const unknown = await ready(`/analytics/paths?projection=people&to=${team.workspace.id}`);
    expect(unknown.status).toBe(404);
  });

  it('lets viewers read, hides the workspace from others and lists every bad parameter', async () => {
    expect((await ready('/analytics/metrics', team.viewer.token)).status).toBe(200);
    expect((await server.request('GET', `${ws}/analytics/metrics`, { token: team.outsider.token })).status).toBe(404);
    const bad = await server.request('GET', `${ws}/analytics/metrics?sort=loudness&limit=0&kind=team&projection=all`, {
      token: team.viewer.token,
    });
    expect(bad.status).toBe(400);
    expect(bad.headers.get('content-type')).toContain('application/problem+json');
    expect(bad.body.errors.map((e: { location: { name: string } }) => e.location.name).sort()).toEqual([
      'kind',
      'limit',
      'projection',
      'sort',
    ]);
  });
});
