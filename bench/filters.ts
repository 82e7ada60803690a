/**
 * How long a page of a list takes for every filter and sort the lists offer, at their worst:
 * a filter that matches nothing or almost nothing makes a query that walks the sort order
 * read the whole workspace before it knows the page is short. Through HTTP against a running
 * server on the benchmark workspace (100,000 people, 1,000,000 relations), one client, one
 * request after another. The network's growth per year, which counts every relation, comes last.
 *
 *   npm run bench -- filters [--database sqlite|postgres|both] [--requests 20] [--only relations]
 */
import { parseArgs } from 'node:util';
import { parseDatabaseTarget } from '../src/config/config.ts';
import { openDatabase, type Db } from '../src/db/dialect.ts';
import { ensureGenerated, startServer, timeOneClient } from './bench-server.ts';
import { TARGETS, type Dialect } from './targets.ts';

const { values } = parseArgs({
  options: {
    database: { type: 'string', default: 'both' },
    requests: { type: 'string', default: '20' },
    only: { type: 'string' },
  },
});
const dialects: Dialect[] = values.database === 'both' ? ['sqlite', 'postgres'] : [values.database as Dialect];
const requests = Number(values.requests);

interface FilterCase {
  /** A list, or `network-growth`: counted over the whole network, it reads every relation. */
  list: 'people' | 'relations' | 'organisations' | 'network-growth';
  label: string;
  query: string;
}

/** Values from the workspace that make each filter's hardest case. */
async function filterCases(db: Db, workspaceId: string): Promise<FilterCase[]> {
  const k = db.kysely;
  const organisationBySize = (order: 'asc' | 'desc') =>
    k
      .selectFrom('organisationMembers')
      .innerJoin('people', 'people.id', 'organisationMembers.personId')
      .select('organisationMembers.organisationId')
      .where('people.workspaceId', '=', workspaceId)
      .groupBy('organisationMembers.organisationId')
      .orderBy((eb) => eb.fn.countAll(), order)
      .limit(1)
      .executeTakeFirstOrThrow();
  const [organisation, largest] = [await organisationBySize('asc'), await organisationBySize('desc')];
  const person = await k
    .selectFrom('people')
    .select('id')
    .where('workspaceId', '=', workspaceId)
    .orderBy('id')
    .limit(1)
    .executeTakeFirstOrThrow();
  const parent = await k
    .selectFrom('organisations')
    .select('parentId')
    .where('workspaceId', '=', workspaceId)
    .where('parentId', 'is not', null)
    .limit(1)
    .executeTakeFirstOrThrow();
  const people = (label: string, query: string): FilterCase => ({ list: 'people', label, query });
  const relations = (label: string, query: string): FilterCase => ({ list: 'relations', label, query });
  const organisations = (label: string, query: string): FilterCase => ({ list: 'organisations', label, query });
  return [
    people('first page', ''),
    people('informed (nobody is)', 'informed=true'),
    people('informed, newest first', 'informed=true&sort=-createdAt'),
    people('not informed', 'informed=false'),
    people('a tag nobody has', 'tag=nobody'),
    people('a tag nobody has, changed last', 'tag=nobody&sort=-updatedAt'),
    people('a name nobody has', 'q=zzzz'),
    people('a name nobody has, newest first', 'q=zzzz&sort=-createdAt'),
    people('the commonest name start, newest first', 'q=ma&sort=-createdAt'),
    people('not informed, newest first', 'informed=false&sort=-createdAt'),
    people('the smallest organisation', `organisationId=${organisation.organisationId}`),
    people('the smallest organisation, newest first', `organisationId=${organisation.organisationId}&sort=-createdAt`),
    people('the largest organisation, newest first', `organisationId=${largest.organisationId}&sort=-createdAt`),
    relations('first page', ''),
    relations('a type nobody has', 'type=nobody'),
    relations('a type nobody has, changed last', 'type=nobody&sort=-updatedAt'),
    relations('active before any relation', 'activeOn=1990-01-01'),
    // Relations begin from 2008 on, some 150 a day: some 1,500 had begun ten days in (read
    // through the date), some 9,000 two months in (read in order, one in 110 active).
    relations('active ten days into the data', 'activeOn=2008-01-10'),
    relations('active two months into the data', 'activeOn=2008-03-01'),
    relations('active after the last beginning', 'activeOn=2026-11-28'),
    relations('strength 5', 'minStrength=5'),
    relations('strength 5 of a type', 'minStrength=5&type=funds'),
    relations('of a party, a type nobody has', `partyId=${person.id}&type=nobody`),
    relations('from a party, active before any', `from=${person.id}&activeOn=1990-01-01`),
    organisations('first page', ''),
    organisations('a name nobody has', 'q=zzzz'),
    organisations('units of one organisation', `parentId=${parent.parentId}`),
    organisations('top level, newest first', 'topLevel=true&sort=-createdAt'),
    { list: 'network-growth' as const, label: 'every year of the network', query: '' },
  ].filter((c) => values.only === undefined || c.list === values.only);
}

console.log('| database | list | filter | rows | p50 ms | max ms |');
console.log('|---|---|---|---|---|---|');
for (const dialect of dialects) {
  const info = ensureGenerated(dialect, false);
  const db = openDatabase(parseDatabaseTarget(TARGETS[dialect]));
  const cases = await filterCases(db, info.workspaceId).finally(() => db.close());
  const server = await startServer(dialect);
  try {
    for (const { list, label, query } of cases) {
      const page = list === 'network-growth' ? '' : `?limit=50${query ? `&${query}` : ''}`;
      const path = `/api/v1/workspaces/${info.workspaceId}/${list}${page}`;
      const { p50, max, body } = await timeOneClient(path, info.token, requests, 2);
      const rows = (JSON.parse(Buffer.from(body).toString('utf8')) as { data: unknown[] }).data.length;
      console.log(`| ${dialect} | ${list} | ${label} | ${rows} | ${p50.toFixed(1)} | ${max.toFixed(1)} |`);
    }
  } finally {
    server.kill();
  }
}
