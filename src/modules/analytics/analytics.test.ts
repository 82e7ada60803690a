import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dialects } from '../../test/databases.ts';
import type { Communities, MetricRecord, MetricsPage, NodePosition } from './analytics.schema.ts';
import { startAnalyticsNetwork } from './test-network.ts';

describe.each(dialects)('analytics API on %s', (dialect) => {
  let net: Awaited<ReturnType<typeof startAnalyticsNetwork>>;
  const byName = (page: MetricsPage) => Object.fromEntries(page.data.map((item) => [item.name, item])) as Record<string, MetricRecord>;

  beforeAll(async () => {
    net = await startAnalyticsNetwork(dialect);
  });
  afterAll(() => net.server.close());

  it('answers every metric per person, with values that can be checked by hand', async () => {
    const response = await net.ready<MetricsPage>('/analytics/metrics?projection=people&sort=-betweenness');
    expect(response.status).toBe(200);
    const page = response.body;
    expect(page).toMatchObject({ projection: 'people', nodeCount: 5, tieCount: 5, stale: false, networkVersion: 10 });
    expect(page.accuracy.betweenness).toEqual({ method: 'exact', samples: null, errorBound: 0, confidence: null });
    expect(page.data.map((item) => item.name).slice(0, 2)).toEqual(['Cor', 'Dewi']);
    const node = byName(page);
    expect(node.Cor!.id).toBe(net.ids.Cor);
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
      await net.server.request('POST', `${net.ws}/organisations`, {
        token: net.team.editor.token,
        body: { name: 'Gemeente Kapelle', kind: 'municipality' },
      })
    ).body.id;
    await net.server.request('PATCH', `${net.ws}/people/${net.ids.Eef}`, {
      token: net.team.editor.token,
      headers: { 'if-match': '"1"' },
      body: { affiliations: [{ organisationId: kapelle }] },
    });
    const first = await net.fresh<MetricsPage>('/analytics/metrics?sort=degree&limit=2');
    expect(first.body.nodeCount).toBe(6);
    const seen = [...first.body.data];
    let next = first.body.links.next;
    while (next) {
      const page = await net.server.request<MetricsPage>('GET', next, { token: net.team.viewer.token });
      expect(page.status).toBe(200);
      seen.push(...page.body.data);
      next = page.body.links.next;
    }
    expect(new Set(seen.map((item) => item.id)).size).toBe(6);
    const degrees = seen.map((item) => item.degree!);
    expect(degrees).toEqual([...degrees].sort((a, b) => a - b));
    const organisations = await net.ready<MetricsPage>('/analytics/metrics?kind=organisation');
    expect(organisations.body.data).toEqual([
      expect.objectContaining({ id: kapelle, kind: 'organisation', name: 'Gemeente Kapelle', degree: 1 }),
    ]);
  });

  it('finds the communities, names them after their dominant organisation and states the modularity', async () => {
    const response = await net.fresh('/analytics/communities?projection=people');
    expect(response.status).toBe(200);
    const body = response.body as unknown as Communities;
    // Triangle and tail: (3/5 − (7/10)²) + (1/5 − (3/10)²) = 0.22, the best split of this network.
    expect(body.modularity).toBeCloseTo(0.22);
    expect(body.data.map((community) => [...community.memberIds].sort())).toEqual([
      [net.ids.Anna, net.ids.Bart, net.ids.Cor].sort(),
      [net.ids.Dewi, net.ids.Eef].sort(),
    ]);
    expect(body.data[0]).toMatchObject({ id: 0, size: 3, dominantOrganisationId: null, label: null });
    expect(body.data[1]).toMatchObject({ id: 1, size: 2, label: 'Gemeente Kapelle' });
    const position = await net.ready(`/analytics/metrics/${net.ids.Eef}?projection=people`);
    expect((position.body as unknown as NodePosition).community).toMatchObject({ id: 1, size: 2, label: 'Gemeente Kapelle' });
    const capped = await net.ready<Communities>('/analytics/communities?projection=people&memberLimit=1');
    expect(capped.body.data.map((community) => [community.memberIds.length, community.truncated])).toEqual([
      [1, true],
      [1, true],
    ]);
    const members = await net.ready<MetricsPage>('/analytics/metrics?projection=people&community=1');
    expect(members.body.data.map((item) => item.name).sort()).toEqual(['Dewi', 'Eef']);
  });

  it('serves the stale analysis while a changed network is analysed again', async () => {
    const before = await net.fresh<MetricsPage>('/analytics/metrics?projection=people');
    await net.server.request('POST', `${net.ws}/relations`, {
      token: net.team.editor.token,
      body: { from: net.ids.Anna, to: net.ids.Eef, type: 'works_with' },
    });
    // Usually the old analysis answers, marked stale; on a quick run the new one may already
    // have answered. Either way the flag and the figures belong to the same network.
    const next = await net.ready<MetricsPage>('/analytics/metrics?projection=people');
    if (next.body.stale) {
      expect(next.body).toMatchObject({ networkVersion: before.body.networkVersion, computedAt: before.body.computedAt });
      expect(byName(next.body).Eef!.degree).toBe(1);
    } else {
      expect(next.body.networkVersion).toBe(before.body.networkVersion + 1);
      expect(byName(next.body).Eef!.degree).toBe(2);
    }
    const after = await net.fresh<MetricsPage>('/analytics/metrics?projection=people');
    expect(after.body.networkVersion).toBe(before.body.networkVersion + 1);
    expect(byName(after.body).Eef!.degree).toBe(2);
    expect(byName(after.body).Dewi!.isArticulationPoint).toBe(false);
  });

  it("answers one node's position with ranks, brokerage and community", async () => {
    const response = await net.fresh(`/analytics/metrics/${net.ids.Cor}?projection=people`);
    expect(response.status).toBe(200);
    const position = response.body as unknown as { node: MetricRecord; nodeCount: number; brokerage: Record<string, unknown> };
    expect(position.node).toMatchObject({ id: net.ids.Cor, name: 'Cor', degree: 3 });
    expect(position.nodeCount).toBe(5);
    expect(position.brokerage).toMatchObject({
      isArticulationPoint: position.node.isArticulationPoint,
      constraint: position.node.constraint,
    });
    const unknown = await net.ready(`/analytics/metrics/${net.team.workspace.id}`);
    expect(unknown.status).toBe(404);
  });

  it('lets viewers read, hides the workspace from others and lists every bad parameter', async () => {
    expect((await net.ready<MetricsPage>('/analytics/metrics', net.team.viewer.token)).status).toBe(200);
    expect((await net.server.request('GET', `${net.ws}/analytics/metrics`, { token: net.team.outsider.token })).status).toBe(404);
    const bad = await net.server.request('GET', `${net.ws}/analytics/metrics?sort=loudness&limit=0&kind=team&projection=all`, {
      token: net.team.viewer.token,
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
