/**
 * Pages read through a rare filter's index (src/db/narrowing.ts) hold what pages read in sort
 * order do: every filter and sort of the lists, paged three at a time, against the unfiltered
 * list filtered here. In a workspace this small every filter is rare, so each page with a
 * filter that its sort order does not read in order is read through the filter.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dialects } from '../test/databases.ts';
import { makeWorkspace } from '../test/factories.ts';
import { startTestServer, type TestServer } from '../test/test-server.ts';
import { fold } from '../lib/text.ts';
import { narrowestFilter } from './narrowing.ts';

interface Relation {
  id: string;
  type: string;
  strength: number;
  since: string | null;
  until: string | null;
}
interface Person {
  id: string;
  name: string;
  tags: string[];
  informedOn: string | null;
  affiliations: { organisationId: string }[];
}

const SORTS = { people: ['name', '-name', 'createdAt', '-updatedAt'], relations: ['createdAt', '-createdAt', 'updatedAt', '-updatedAt'] };

describe.each(dialects)('pages with rare filters on %s', (dialect) => {
  let server: TestServer;
  let team: Awaited<ReturnType<typeof makeWorkspace>>;
  let ws: string;
  let raad: string;
  let strangerOrganisation: string;

  /** Every item of a list in one page: read in sort order, with no filter to narrow it. */
  const everything = async <T>(list: string, sort: string): Promise<T[]> =>
    (await server.request('GET', `${ws}/${list}?limit=200&sort=${sort}`, { token: team.viewer.token })).body.data as T[];

  /** The ids of a filtered list, followed page by page. */
  const paged = async (list: string, query: string): Promise<string[]> => {
    const ids: string[] = [];
    let path: string | undefined = `${ws}/${list}?limit=3&${query}`;
    while (path !== undefined) {
      const response = await server.request('GET', path, { token: team.viewer.token });
      expect(response.status).toBe(200);
      ids.push(...(response.body.data as { id: string }[]).map((item) => item.id));
      path = response.body.links.next as string | undefined;
    }
    return ids;
  };

  beforeAll(async () => {
    server = await startTestServer(dialect);
    team = await makeWorkspace(server.ctx);
    ws = `/api/v1/workspaces/${team.workspace.id}`;
    const create = async (path: string, body: object) => {
      const created = await server.request('POST', `${ws}/${path}`, { token: team.editor.token, body });
      if (created.status !== 201) throw new Error(`${path}: ${JSON.stringify(created.body)}`);
      return created.body.id as string;
    };
    raad = await create('organisations', { name: 'Gemeenteraad Goes', kind: 'council' });
    const names = [
      'Aart Verhoef',
      'Bea Kools',
      'Cor de Wit',
      'Daan Kooman',
      'Eva Kole',
      'Fien Maas',
      'Gijs Kort',
      'Hanna Kool',
      'Ids Berk',
      'Jet Kolk',
    ];
    const people: string[] = [];
    for (const [i, name] of names.entries()) {
      people.push(
        await create('people', {
          name,
          tags: i % 4 === 1 ? ['wethouder'] : [],
          informedOn: i % 5 === 2 ? '2026-03-01' : null,
          affiliations: i % 3 === 0 ? [{ organisationId: raad }] : [],
        }),
      );
    }
    const types = ['knows', 'advises', 'funds'];
    const starts = [null, '2015-05-01', '2019-01-01', '2021-07-01'];
    for (let i = 0; i < 24; i += 1) {
      await create('relations', {
        from: people[i % 10],
        to: people[(i * 3 + 1) % 10],
        type: types[i % 3],
        strength: (i % 5) + 1,
        since: starts[i % 4],
        until: i % 6 === 5 ? '2023-12-31' : null,
      });
    }
    // Another workspace's people and relations with the same tag and type are never shown.
    const other = await makeWorkspace(server.ctx, 'Elders');
    const elsewhere = `/api/v1/workspaces/${other.workspace.id}`;
    const stranger = async (body: object) =>
      (await server.request('POST', `${elsewhere}/people`, { token: other.editor.token, body })).body.id as string;
    strangerOrganisation = (
      await server.request('POST', `${elsewhere}/organisations`, {
        token: other.editor.token,
        body: { name: 'Raad Elders', kind: 'council' },
      })
    ).body.id;
    const [x, y] = [
      await stranger({ name: 'Kees Kolk', tags: ['wethouder'], informedOn: '2026-01-01' }),
      await stranger({ name: 'Kim Kool' }),
    ];
    await server.request('POST', `${elsewhere}/relations`, {
      token: other.editor.token,
      body: { from: x, to: y, type: 'funds', strength: 5 },
    });
  });
  afterAll(() => server.close());

  it('pages relations by type, strength and date alike, read through the filter or in sort order', async () => {
    const filters: [string, (r: Relation) => boolean][] = [
      ['type=funds', (r) => r.type === 'funds'],
      ['type=nobody', () => false],
      ['minStrength=4', (r) => r.strength >= 4],
      ['activeOn=2019-06-01', (r) => (r.since === null || r.since <= '2019-06-01') && (r.until === null || r.until >= '2019-06-01')],
      ['activeOn=1990-01-01', (r) => r.since === null],
      [
        'type=advises&minStrength=2&activeOn=2024-06-01',
        (r) => r.type === 'advises' && r.strength >= 2 && (r.until === null || r.until >= '2024-06-01'),
      ],
    ];
    for (const sort of SORTS.relations) {
      const all = await everything<Relation>('relations', sort);
      expect(all).toHaveLength(24);
      for (const [query, keep] of filters) {
        expect(await paged('relations', `${query}&sort=${sort}`), `${query}&sort=${sort}`).toEqual(all.filter(keep).map((r) => r.id));
      }
    }
  });

  it('pages people by tag, name, being informed and organisation alike', async () => {
    const filters: [string, (p: Person) => boolean][] = [
      ['tag=wethouder', (p) => p.tags.includes('wethouder')],
      ['tag=nobody', () => false],
      ['informed=true', (p) => p.informedOn !== null],
      ['informed=false', (p) => p.informedOn === null],
      ['q=ko', (p) => fold(p.name).startsWith('ko')],
      [`organisationId=${raad}`, (p) => p.affiliations.some((a) => a.organisationId === raad)],
      [`organisationId=${strangerOrganisation}`, () => false],
      ['tag=wethouder&informed=false', (p) => p.tags.includes('wethouder') && p.informedOn === null],
      [
        `organisationId=${raad}&tag=wethouder`,
        (p) => p.tags.includes('wethouder') && p.affiliations.some((a) => a.organisationId === raad),
      ],
    ];
    for (const sort of SORTS.people) {
      const all = await everything<Person>('people', sort);
      expect(all).toHaveLength(10);
      for (const [query, keep] of filters) {
        expect(await paged('people', `${query}&sort=${sort}`), `${query}&sort=${sort}`).toEqual(all.filter(keep).map((p) => p.id));
      }
    }
  });

  it('reads through the filter that matches fewest, and through none when all match more than the bound', async () => {
    const db = server.ctx.db.kysely;
    const relations = db.selectFrom('relations').select('id').where('workspaceId', '=', team.workspace.id);
    // 8 relations fund, 4 have strength 5, none is of type "nobody".
    const filters = {
      funds: relations.where('type', '=', 'funds'),
      strongest: relations.where('strength', '=', 5),
      nobody: relations.where('type', '=', 'nobody'),
    };
    const narrowest = (keys: (keyof typeof filters)[], limit: number) => narrowestFilter(db, keys, (key) => filters[key], { limit });
    expect(await narrowest(['funds', 'strongest', 'nobody'], 100)).toBe('nobody');
    expect(await narrowest(['funds', 'strongest'], 100)).toBe('strongest');
    expect(await narrowest(['funds'], 8)).toBe('funds');
    expect(await narrowest(['funds'], 7)).toBeUndefined();
    expect(await narrowest(['funds', 'strongest'], 3)).toBeUndefined();
    expect(await narrowest([], 100)).toBeUndefined();
  });
});
