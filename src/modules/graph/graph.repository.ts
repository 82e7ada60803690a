import { sql, type CompiledQuery, type Expression, type ExpressionBuilder, type Kysely, type SqlBool } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { chunks } from '../../lib/chunks.ts';
import type { GraphEdge } from './graph.schema.ts';

type Executor = Kysely<Database>;

/** Which relations count: of these types only, and active on a date. */
export interface RelationFilter {
  types?: string[] | undefined;
  asOf?: string | undefined;
}

/** Ids per IN (…): well within both dialects' parameter limits and the planners' sweet spot. */
const CHUNK = 500;

const edgeColumns = ['id', 'fromId', 'toId', 'type', 'directed', 'strength'] as const;

interface EdgeRow {
  id: string;
  fromId: string;
  toId: string;
  type: string;
  directed: number;
  strength: number;
}

const toEdge = (row: EdgeRow): GraphEdge => ({
  id: row.id,
  from: row.fromId,
  to: row.toId,
  type: row.type,
  directed: row.directed === 1,
  strength: row.strength,
});

/** Active on the date: started on or before it (or unknown) and not ended before it. */
function activeOn(table: 'relations' | 'affiliations', date: string) {
  const since = sql.ref(`${table}.since`);
  const until = sql.ref(`${table}.until`);
  return sql<boolean>`(${since} is null or ${since} <= ${date}) and (${until} is null or ${until} >= ${date})`;
}

/** The filter's conditions; an empty filter is `true`. */
function filterConditions(eb: ExpressionBuilder<Database, 'relations'>, filter: RelationFilter) {
  const conditions: Expression<SqlBool>[] = [];
  if (filter.types) conditions.push(eb('type', 'in', filter.types));
  if (filter.asOf) conditions.push(activeOn('relations', filter.asOf));
  return eb.and(conditions);
}

/** A relation row as the database names its columns. */
interface RawEdgeRow {
  id: string;
  from_id: string;
  to_id: string;
  type: string;
  directed: number;
  strength: number;
}

/**
 * Every relation of the workspace that passes the filter. Tens of thousands of rows: the
 * query is built as usual but run without the camel-case plugin, whose per-row key mapping
 * would cost about as much as SQLite's own reading.
 */
export async function listEdges(db: Executor, workspaceId: string, filter: RelationFilter): Promise<GraphEdge[]> {
  const query = db
    .selectFrom('relations')
    .select(edgeColumns)
    .where('workspaceId', '=', workspaceId)
    .where((eb) => filterConditions(eb, filter))
    .compile();
  const { rows } = await db.withoutPlugins().executeQuery<RawEdgeRow>(query as CompiledQuery<RawEdgeRow>);
  return rows.map((row) => ({
    id: row.id,
    from: row.from_id,
    to: row.to_id,
    type: row.type,
    directed: row.directed === 1,
    strength: row.strength,
  }));
}

/**
 * Relations that pass the filter whose `side` (from or to) is one of the parties, a chunk
 * at a time. The workspace is checked on the rows, not in SQL: given both conditions,
 * SQLite without statistics walks the workspace index instead of the party index.
 */
export async function listEdgesOf(
  db: Executor,
  workspaceId: string,
  ids: string[],
  side: 'from' | 'to',
  filter: RelationFilter,
): Promise<GraphEdge[]> {
  const column = side === 'from' ? 'fromId' : 'toId';
  const edges: GraphEdge[] = [];
  for (const chunk of chunks(ids, CHUNK)) {
    const rows = await db
      .selectFrom('relations')
      .select([...edgeColumns, 'workspaceId'])
      .where(column, 'in', chunk)
      .where((eb) => filterConditions(eb, filter))
      .execute();
    for (const row of rows) if (row.workspaceId === workspaceId) edges.push(toEdge(row));
  }
  return edges;
}

/** Every organisation of the workspace with what a node needs (they are few; units need their parents). */
export function listOrganisationRows(db: Executor, workspaceId: string) {
  return db
    .selectFrom('organisations')
    .select(['id', 'name', 'kind', 'parentId'])
    .where('workspaceId', '=', workspaceId)
    .orderBy('sortName')
    .orderBy('id')
    .execute();
}

/** People of the workspace: all of them, or only those among `ids` (other ids are ignored). */
export async function listPersonRows(db: Executor, workspaceId: string, ids?: string[]): Promise<{ id: string; name: string }[]> {
  if (ids === undefined) {
    return db
      .selectFrom('people')
      .select(['id', 'name'])
      .where('workspaceId', '=', workspaceId)
      .orderBy('sortName')
      .orderBy('id')
      .execute();
  }
  const rows: { id: string; name: string }[] = [];
  for (const chunk of chunks(ids, CHUNK)) {
    // By primary key, the workspace checked on the rows (see listEdgesOf).
    const found = await db.selectFrom('people').select(['id', 'name', 'workspaceId']).where('id', 'in', chunk).execute();
    for (const row of found) if (row.workspaceId === workspaceId) rows.push({ id: row.id, name: row.name });
  }
  return rows;
}

/**
 * Affiliations active on the date, oldest first: of every person of the workspace, or of
 * the given people. Starting from people lets the workspace index find them.
 */
export async function listActiveAffiliations(
  db: Executor,
  workspaceId: string,
  date: string,
  personIds?: string[],
): Promise<{ personId: string; organisationId: string }[]> {
  if (personIds === undefined) {
    return db
      .selectFrom('people')
      .innerJoin('affiliations', 'affiliations.personId', 'people.id')
      .select(['affiliations.personId', 'affiliations.organisationId'])
      .where('people.workspaceId', '=', workspaceId)
      .where(activeOn('affiliations', date))
      .orderBy('affiliations.personId')
      .orderBy('affiliations.position')
      .execute();
  }
  const rows: { personId: string; organisationId: string }[] = [];
  for (const chunk of chunks(personIds, CHUNK)) {
    const found = await db
      .selectFrom('affiliations')
      .select(['personId', 'organisationId'])
      .where('workspaceId', '=', workspaceId)
      .where('personId', 'in', chunk)
      .where(activeOn('affiliations', date))
      .orderBy('createdAt')
      .orderBy('id')
      .execute();
    rows.push(...found);
  }
  return rows;
}

/** The people affiliated with any of the organisations (on the date, when given). */
export async function listAffiliatedPersonIds(
  db: Executor,
  workspaceId: string,
  organisationIds: string[],
  date?: string,
): Promise<Set<string>> {
  const people = new Set<string>();
  for (const chunk of chunks(organisationIds, CHUNK)) {
    let query = db
      .selectFrom('affiliations')
      .select('personId')
      .where('workspaceId', '=', workspaceId)
      .where('organisationId', 'in', chunk);
    if (date) query = query.where(activeOn('affiliations', date));
    for (const row of await query.execute()) people.add(row.personId);
  }
  return people;
}

/** Whether the id is a person or an organisation of the workspace. */
export async function isParty(db: Executor, workspaceId: string, id: string): Promise<boolean> {
  const person = await db.selectFrom('people').select('id').where('workspaceId', '=', workspaceId).where('id', '=', id).executeTakeFirst();
  if (person) return true;
  const organisation = await db
    .selectFrom('organisations')
    .select('id')
    .where('workspaceId', '=', workspaceId)
    .where('id', '=', id)
    .executeTakeFirst();
  return organisation !== undefined;
}

/** The organisations linked to a theme of the workspace; undefined when there is no such theme. */
export async function findThemeOrganisationIds(db: Executor, workspaceId: string, themeId: string): Promise<string[] | undefined> {
  const theme = await db
    .selectFrom('themes')
    .select('id')
    .where('workspaceId', '=', workspaceId)
    .where('id', '=', themeId)
    .executeTakeFirst();
  if (!theme) return undefined;
  const rows = await db.selectFrom('themeOrganisations').select('organisationId').where('themeId', '=', themeId).execute();
  return rows.map((r) => r.organisationId);
}
