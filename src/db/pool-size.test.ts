import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeWorkspace } from '../test/factories.ts';
import { startTestServer, type TestServer } from '../test/test-server.ts';

/**
 * A request holds at most one database connection at a time: with a pool of one, requests
 * that write in transactions, cascade deletes and search all complete side by side. A
 * request that asked for a second connection while holding one would wait forever here.
 */
describe('a PostgreSQL pool of one connection (KRING_DATABASE_POOL_SIZE=1)', () => {
  let server: TestServer;
  let token: string;
  let ws: string;

  beforeAll(async () => {
    server = await startTestServer('postgres', { KRING_DATABASE_POOL_SIZE: '1' });
    const team = await makeWorkspace(server.ctx);
    token = team.editor.token;
    ws = `/api/v1/workspaces/${team.workspace.id}`;
  });
  afterAll(() => server.close());

  const create = (resource: string, body: object) => server.postNew(`${ws}/${resource}`, { token, body });

  it('serves concurrent writes, deletes and reads', async () => {
    const organisations = await Promise.all(
      ['Gemeente Goes', 'Gemeente Kapelle', 'Gemeente Reimerswaal'].map((name) => create('organisations', { name, kind: 'municipality' })),
    );
    const people = await Promise.all(
      ['Anna de Klerk', 'Bram Oosterhout', 'Cor Jansen', 'Dirk Vos'].map((name, i) =>
        create('people', { name, tags: ['datagedreven'], affiliations: [{ organisationId: organisations[i % 3]!, role: 'adviseur' }] }),
      ),
    );
    const relations = await Promise.all(
      people.slice(1).map((to, i) => create('relations', { from: people[i]!, to, type: 'works_with', strength: 3 })),
    );

    const [deletedPerson, deletedOrganisation, search, page, relationPage] = await Promise.all([
      server.request('DELETE', `${ws}/people/${people[0]}`, { token }),
      server.request('DELETE', `${ws}/organisations/${organisations[2]}`, { token }),
      server.request('GET', `${ws}/search?q=jans`, { token }),
      server.request('GET', `${ws}/people?limit=10`, { token }),
      server.request('GET', `${ws}/relations?limit=10`, { token }),
    ]);
    expect([deletedPerson.status, deletedOrganisation.status]).toEqual([204, 204]);
    expect(search.body.data.map((hit: { title: string }) => hit.title)).toEqual(['Cor Jansen']);
    expect(page.status).toBe(200);
    expect(relationPage.status).toBe(200);

    // The deleted person's relation went with them, in the same transaction.
    const left = await server.request('GET', `${ws}/relations?limit=10`, { token });
    expect(left.body.data.map((relation: { id: string }) => relation.id).sort()).toEqual(relations.slice(1).sort());

    // All of it went through the one connection the server opened to its database.
    const { rows } = await sql<{ connections: number }>`select count(*)::int as connections from pg_stat_activity
      where datname = current_database()`.execute(server.ctx.db.kysely);
    expect(rows[0]!.connections).toBe(1);
  });
});
