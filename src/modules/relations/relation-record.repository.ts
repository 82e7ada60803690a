/**
 * Each relation's record as the API shows it, with the names of both ends, stored as JSON text
 * with the relation: a page of relations reads one column per relation instead of looking up
 * two names and building the record (on the benchmark network, a page of 51 took SQLite
 * 86–106 µs against 186–267 µs). A relation with nothing stored (null) gets its record built
 * on read, so a row written without it still shows the truth.
 *
 * What changes it, and stores it anew in the same transaction: any change of the relation
 * (relation.service), a rename of a person or organisation at either end (person.service,
 * organisation.service), and bulk loads (the demo region, the benchmark generator). Deleting a
 * party deletes its relations. Relation writes and renames wait for each other
 * (`serialiseStoredRecordWrites`).
 */
import type { Expression, ExpressionBuilder, Kysely, RawBuilder } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { dialectOf, type DialectName } from '../../db/dialect.ts';
import { jsonRecord } from '../../db/json-record.ts';
import { chunks } from '../../lib/chunks.ts';
import { isDeepStrictEqual } from 'node:util';

type Executor = Kysely<Database>;
type RelationScope = ExpressionBuilder<Database, 'relations'>;

/**
 * The name of one end: a lookup by primary key in the table its type names, in the same
 * query (PostgreSQL plans outer joins to both tables slower than it runs them).
 */
export function endName(eb: RelationScope, id: 'relations.fromId' | 'relations.toId', type: 'relations.fromType' | 'relations.toType') {
  return eb
    .case()
    .when(type, '=', 'person')
    .then(eb.selectFrom('people').select('people.name').whereRef('people.id', '=', id))
    .else(eb.selectFrom('organisations').select('organisations.name').whereRef('organisations.id', '=', id))
    .end();
}

/** A relation's record as the API shows it (JSON text; presentRelation writes the same). */
function relationRecord(dialect: DialectName, eb: RelationScope): RawBuilder<string> {
  return jsonRecord(dialect, {
    id: eb.ref('relations.id'),
    workspaceId: eb.ref('relations.workspaceId'),
    from: eb.ref('relations.fromId'),
    fromType: eb.ref('relations.fromType'),
    fromName: eb.fn.coalesce(endName(eb, 'relations.fromId', 'relations.fromType'), eb.val('')),
    to: eb.ref('relations.toId'),
    toType: eb.ref('relations.toType'),
    toName: eb.fn.coalesce(endName(eb, 'relations.toId', 'relations.toType'), eb.val('')),
    type: eb.ref('relations.type'),
    directed: { boolean: eb.ref('relations.directed') },
    strength: eb.ref('relations.strength'),
    since: eb.ref('relations.since'),
    until: eb.ref('relations.until'),
    note: eb.ref('relations.note'),
    source: eb.ref('relations.source'),
    version: eb.ref('relations.version'),
    createdAt: { timestamp: eb.ref('relations.createdAt') },
    updatedAt: { timestamp: eb.ref('relations.updatedAt') },
  });
}

/** The record of the relation with this id as JSON text, built from its row (for one without a stored record). */
export function builtRelationRecord(db: Executor, id: Expression<string>) {
  const dialect = dialectOf(db);
  return db
    .selectFrom('relations')
    .select((eb) => relationRecord(dialect, eb).as('record'))
    .where('relations.id', '=', id);
}

function storeBuilt(db: Executor) {
  const dialect = dialectOf(db);
  return db.updateTable('relations').set((eb) => ({ recordJson: relationRecord(dialect, eb) }));
}

/** Stores the record of these relations as they are now; runs in the caller's transaction. */
export async function storeRelationRecords(db: Executor, relationIds: string[]): Promise<void> {
  for (const chunk of chunks([...new Set(relationIds)], 500)) {
    await storeBuilt(db).where('id', 'in', chunk).execute();
  }
}

/** Stores anew the record of every relation of the workspace with one of these parties at an end (after a rename). */
export async function storeRecordsOfRelationsWith(db: Executor, workspaceId: string, partyIds: string[]): Promise<void> {
  for (const chunk of chunks([...new Set(partyIds)], 500)) {
    await storeBuilt(db)
      .where('workspaceId', '=', workspaceId)
      .where((eb) => eb.or([eb('fromId', 'in', chunk), eb('toId', 'in', chunk)]))
      .execute();
  }
}

/** Stores the record of every relation of a workspace (after a bulk load). */
export async function storeWorkspaceRelationRecords(db: Executor, workspaceId: string): Promise<void> {
  await storeBuilt(db).where('workspaceId', '=', workspaceId).execute();
}

/**
 * The relations of a workspace whose stored record differs from their tables, or is missing:
 * the check that every change stored it anew. Reads the whole workspace; for tests and checks.
 */
export async function relationsWithOutdatedRecords(db: Executor, workspaceId: string): Promise<string[]> {
  const dialect = dialectOf(db);
  const rows = await db
    .selectFrom('relations')
    .select((eb) => ['relations.id', 'relations.recordJson', relationRecord(dialect, eb).as('record')])
    .where('relations.workspaceId', '=', workspaceId)
    .execute();
  return rows
    .filter((row) => row.recordJson === null || !isDeepStrictEqual(JSON.parse(row.recordJson), JSON.parse(row.record)))
    .map((row) => row.id);
}
