// Pages of people and relations are written as JSON by SQLite (src/db/json-record.ts) and
// presented in TypeScript on PostgreSQL; single records always are. Either way a page must show
// each record exactly as reading it alone does, and its cursors must walk the whole list.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dialects } from '../test/databases.ts';
import { makeWorkspace } from '../test/factories.ts';
import { startTestServer, type ApiResponse, type TestServer } from '../test/test-server.ts';
import { personSchema } from '../modules/people/person.schema.ts';
import { relationSchema } from '../modules/relations/relation.schema.ts';

/** Text that JSON must escape or encode: quotes, backslashes, control characters, accents and emoji. */
const AWKWARD = 'Zoë "de" Back\\slash\n\ttab 😀 ‘quotes’ </script>';

describe.each(dialects)('pages written as JSON on %s', (dialect) => {
  let server: TestServer;
  let team: Awaited<ReturnType<typeof makeWorkspace>>;
  let ws: string;
  const personIds: string[] = [];
  const relationIds: string[] = [];

  const post = (path: string, body: unknown) => server.postNew(`${ws}/${path}`, { token: team.editor.token, body });
  const get = (path: string) => server.request('GET', `${ws}/${path}`, { token: team.viewer.token });

  /** Every record of a list, following links.next from the first page. */
  const walk = async (path: string) => {
    const records: { id: string }[] = [];
    let next: string | undefined = `${ws}/${path}`;
    while (next !== undefined) {
      const page: ApiResponse = await server.request('GET', next, { token: team.viewer.token });
      expect(page.status).toBe(200);
      expect(page.headers.get('content-type')).toBe('application/json; charset=utf-8');
      records.push(...page.body.data);
      next = page.body.links.next;
    }
    return records;
  };

  beforeAll(async () => {
    server = await startTestServer(dialect);
    team = await makeWorkspace(server.ctx);
    ws = `/api/v1/workspaces/${team.workspace.id}`;
    const goes = await post('organisations', { name: `Gemeente ${AWKWARD}`, kind: 'municipality' });
    const team2 = await post('organisations', { name: 'Team I&A', kind: 'team', parentId: goes });
    personIds.push(
      await post('people', {
        name: AWKWARD,
        jobTitle: 'Adviseur "informatie"',
        email: 'zoe@example.org',
        phone: '+31 6 1234 5678',
        tags: ['sleutelfiguur', 'één'],
        affiliations: [
          { organisationId: team2, role: 'Teamleider', since: '2024-01-01' },
          { organisationId: goes, role: null, until: '2025-12-31' },
        ],
        source: 'Bijeenkomst\nregio',
        informedOn: '2025-03-01',
        lastContactOn: '2025-04-02',
      }),
    );
    // Nothing but a name: every optional field is null or empty.
    for (let i = 0; i < 6; i += 1) personIds.push(await post('people', { name: `Persoon ${i}` }));
    relationIds.push(
      await post('relations', { from: personIds[0], to: personIds[1], type: 'advises', directed: true, strength: 5, note: AWKWARD }),
      await post('relations', {
        from: personIds[1],
        to: goes,
        type: 'works_with',
        directed: false,
        since: '2024-02-02',
        until: '2026-01-01',
      }),
    );
    for (let i = 2; i < 6; i += 1) relationIds.push(await post('relations', { from: personIds[i], to: personIds[i + 1], type: 'knows' }));
  });
  afterAll(() => server.close());

  it('shows each person in a page as reading the person alone does', async () => {
    const listed = await walk('people?limit=2');
    expect(listed.map((p) => p.id).sort()).toEqual([...personIds].sort());
    for (const person of listed) {
      const alone = await get(`people/${person.id}`);
      expect(person).toStrictEqual(alone.body);
      expect(personSchema.safeParse(person).success).toBe(true);
    }
  });

  it('walks people in each order, with filters, one page after another', async () => {
    const byName = await walk('people?limit=3');
    expect(byName.map((p) => (p as unknown as { name: string }).name)).toEqual(
      [AWKWARD, ...Array.from({ length: 6 }, (_, i) => `Persoon ${i}`)].sort((a, b) => a.localeCompare(b, 'nl')),
    );
    const newestFirst = await walk('people?limit=4&sort=-createdAt');
    expect(newestFirst.map((p) => p.id)).toEqual([...personIds].reverse());
    const tagged = await walk('people?limit=1&tag=%C3%A9%C3%A9n');
    expect(tagged.map((p) => p.id)).toEqual([personIds[0]]);
  });

  it('shows each relation in a page as reading the relation alone does', async () => {
    const listed = await walk('relations?limit=4');
    expect(listed.map((r) => r.id)).toEqual(relationIds);
    for (const relation of listed) {
      const alone = await get(`relations/${relation.id}`);
      expect(relation).toStrictEqual(alone.body);
      expect(relationSchema.safeParse(relation).success).toBe(true);
    }
    const ofFirst = await walk(`relations?limit=1&partyId=${personIds[1]}&sort=-createdAt`);
    expect(ofFirst.map((r) => r.id)).toEqual([relationIds[1], relationIds[0]]);
  });

  it('compresses a page written as JSON like any other answer', async () => {
    const response = await fetch(`${server.url}${ws}/people?limit=200`, {
      headers: { authorization: `Bearer ${team.viewer.token}`, 'accept-encoding': 'gzip' },
    });
    expect(response.headers.get('content-encoding')).toBe('gzip');
    expect((await response.json()).data).toHaveLength(personIds.length);
  });
});
