import { sql, type CompiledQuery, type Kysely } from 'kysely';
import type { NetworkInput, RelationRecord } from '../../analytics/network/index.ts';
import { dialectOf } from '../../db/dialect.ts';
import type { Database } from '../../db/schema.ts';

type Executor = Kysely<Database>;

const STREAM_CHUNK_ROWS = 10_000;

interface RawRelation {
  id: string;
  from_id: string;
  to_id: string;
  type: string;
  directed: number;
  strength: number;
  since: string | null;
  until: string | null;
  updated_at: string;
}

/**
 * Every person, organisation, affiliation and relation of the workspace, as the analytics
 * module's records, in id order so node numbering (and the sampled estimates) is stable.
 * Up to a million relations: they are read without the camel-case plugin, whose per-row
 * key mapping would cost as much as the reading itself.
 */
export async function loadNetworkInput(db: Executor, workspaceId: string): Promise<NetworkInput> {
  const relationQuery = db
    .selectFrom('relations')
    .select(['id', 'fromId', 'toId', 'type', 'directed', 'strength', 'since', 'until', 'updatedAt'])
    .where('workspaceId', '=', workspaceId)
    .orderBy('id')
    .compile();
  const [people, organisations, affiliations, relations] = await Promise.all([
    db.selectFrom('people').select(['id', 'name']).where('workspaceId', '=', workspaceId).orderBy('id').execute(),
    db.selectFrom('organisations').select(['id', 'name', 'parentId']).where('workspaceId', '=', workspaceId).orderBy('id').execute(),
    db
      .selectFrom('affiliations')
      .select(['personId', 'organisationId', 'role', 'since', 'until'])
      .where('workspaceId', '=', workspaceId)
      .orderBy('personId')
      .orderBy('position')
      .execute(),
    readRelations(db, relationQuery as CompiledQuery<RawRelation>),
  ]);
  return { people, organisations, affiliations, relations };
}

/**
 * The relations as records. SQLite hands its rows over one at a time (better-sqlite3's
 * iterator): a million of them took half the time of reading them all into an array first,
 * and the array of rows never exists beside the records. PostgreSQL's driver builds its
 * result array as the rows stream in, about as fast.
 */
async function readRelations(db: Executor, query: CompiledQuery<RawRelation>): Promise<RelationRecord[]> {
  const relations: RelationRecord[] = [];
  const add = (row: RawRelation) =>
    relations.push({
      id: row.id,
      from: row.from_id,
      to: row.to_id,
      type: row.type,
      directed: row.directed === 1,
      strength: row.strength,
      since: row.since,
      until: row.until,
      updatedAt: row.updated_at,
    });
  // Kysely's executor, not the query builder's stream: that one would yield row by row once more.
  const executor = db.withoutPlugins().getExecutor();
  if (dialectOf(db) === 'sqlite') {
    for await (const chunk of executor.stream<RawRelation>(query, STREAM_CHUNK_ROWS)) chunk.rows.forEach(add);
  } else {
    (await executor.executeQuery<RawRelation>(query)).rows.forEach(add);
  }
  return relations;
}

/** The person the member is in the network, or null when not set. */
export async function findOwnPersonId(db: Executor, workspaceId: string, userId: string): Promise<string | null> {
  const row = await db
    .selectFrom('memberships')
    .select('personId')
    .where('workspaceId', '=', workspaceId)
    .where('userId', '=', userId)
    .executeTakeFirst();
  return row?.personId ?? null;
}

/**
 * Decision-makers: people with a `decides_on` relation, valid on the date, to one of the
 * theme's linked organisations or a unit of one (units at any depth); without a theme, to
 * any organisation of the workspace.
 */
export async function listDecisionMakers(db: Executor, workspaceId: string, themeId: string | undefined, date: string): Promise<string[]> {
  const scope = themeId
    ? sql`with recursive scope(id) as (
        select organisation_id from theme_organisations where theme_id = ${themeId} and workspace_id = ${workspaceId}
        union
        select o.id from organisations o join scope s on o.parent_id = s.id
      )`
    : sql`with scope(id) as (select id from organisations where workspace_id = ${workspaceId})`;
  const { rows } = await sql<{ personId: string }>`${scope}
    select distinct r.from_id as "personId" from relations r
    where r.workspace_id = ${workspaceId} and r.type = 'decides_on' and r.from_type = 'person'
      and r.to_id in (select id from scope)
      and (r.since is null or r.since <= ${date}) and (r.until is null or r.until >= ${date})
    order by 1`.execute(db);
  return rows.map((row) => row.personId);
}
