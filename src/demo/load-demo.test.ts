import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dialects } from '../test/databases.ts';
import { makeUser } from '../test/factories.ts';
import { startTestServer, type TestServer } from '../test/test-server.ts';
import { demoMethod } from './demo-method.ts';
import { demoRegion } from './demo-region.ts';
import { loadDemoRegion } from './load-demo.ts';
import { peopleWithOutdatedRecords } from '../modules/people/person-lists.repository.ts';
import { relationsWithOutdatedRecords } from '../modules/relations/relation-record.repository.ts';

describe.each(dialects)('demo region loader on %s', (dialect) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(dialect);
  });
  afterAll(() => server.close());

  it('loads the whole region into a new workspace owned by the user, searchable, twice over', async () => {
    const owner = await makeUser(server.ctx);
    const first = await loadDemoRegion(server.ctx, owner.id);
    const second = await loadDemoRegion(server.ctx, owner.id);
    expect(second.workspaceId).not.toBe(first.workspaceId);

    const ws = `/api/v1/workspaces/${first.workspaceId}`;
    const workspace = await server.request('GET', ws, { token: owner.token });
    expect(workspace.body).toMatchObject({ name: demoRegion.workspace.name, role: 'owner' });

    let relations = 0;
    let next: string | undefined = `${ws}/relations?limit=200`;
    while (next) {
      const page: { body: { data: { fromName: string; toName: string }[]; links: { next?: string } } } = await server.request('GET', next, {
        token: owner.token,
      });
      expect(page.body.data.every((r) => r.fromName !== '' && r.toName !== '')).toBe(true);
      relations += page.body.data.length;
      next = page.body.links.next;
    }
    expect(relations).toBe(demoRegion.relations.length);
    // Every person's and relation's record is stored as loaded, so pages read them as they are.
    expect(await peopleWithOutdatedRecords(server.ctx.db.kysely, first.workspaceId)).toEqual([]);
    expect(await relationsWithOutdatedRecords(server.ctx.db.kysely, first.workspaceId)).toEqual([]);

    const kapelle = await server.request('GET', `${ws}/organisations?q=gemeente kapelle`, { token: owner.token });
    expect(kapelle.body.data).toHaveLength(1);
    const units = await server.request('GET', `${ws}/organisations/${kapelle.body.data[0].id}/units`, { token: owner.token });
    expect(units.body.data.length).toBeGreaterThanOrEqual(4);

    const me = demoRegion.people.find((p) => p.key === 'me')!;
    const hits = await server.request('GET', `${ws}/search?q=${encodeURIComponent(me.name.split(' ')[0]!)}`, { token: owner.token });
    expect(hits.body.data.map((h: { title: string }) => h.title)).toContain(me.name);
  });

  it('loads the five steps of the story: timeline, decisions, key figures, maturity and what to follow up', async () => {
    const owner = await makeUser(server.ctx);
    const { workspaceId } = await loadDemoRegion(server.ctx, owner.id);
    const ws = `/api/v1/workspaces/${workspaceId}`;
    const get = async (path: string) => {
      const response = await server.request('GET', `${ws}${path}`, { token: owner.token });
      expect(response.status, path).toBe(200);
      return response.body;
    };
    const theme = (await get('/themes?q=datagedreven')).data[0];
    const timeline = (await get(`/themes/${theme.id}/timeline`)).data as { date: string; kind: string }[];
    expect(timeline[0]).toMatchObject({ date: '2019-02-01', kind: 'groupJoined' });
    expect(timeline.filter((e) => e.kind === 'decision')).toHaveLength(demoMethod.decisions.length);

    const grid = (await get(`/themes/${theme.id}/stakeholder-grid`)).data as { partyName: string; attitude: number }[];
    const alderman = demoRegion.people.find((p) => p.key === 'kap-weth-digi')!;
    expect(grid.find((s) => s.partyName === alderman.name)?.attitude).toBe(2);

    const followUp = await get('/stay-in-touch?on=2026-11-27');
    expect(followUp.actions.map((a: { title: string }) => a.title)).toContain('Evaluatie pilot en gedeelde analist aan de raad sturen');

    const lector = (await get(`/people?q=${encodeURIComponent('Laura Quaak')}`)).data[0];
    expect(lector.lastContactOn).toBe('2022-10-06');
    expect((await get('/initiatives?limit=50')).data).toHaveLength(demoMethod.initiatives.length);
  });
});
