// Each relation's record as the API shows it, with the names of both ends, stored as JSON text
// with the relation (src/modules/relations/relation-record.repository.ts), so a page of
// relations reads one column per relation instead of looking up names and building each
// record. Existing relations get their record here; a relation without one (null) gets it
// built on read.
import type { Kysely } from 'kysely';
import { sql } from 'kysely';
import { dialectOf } from '../dialect.ts';

// The record's SQL is written out here, not taken from the repository, so this migration keeps
// storing what it stored when it was written, whatever the repository becomes.
async function storeEveryRelationsRecord(db: Kysely<unknown>): Promise<void> {
  const endName = (id: string, type: string) =>
    sql.raw(`coalesce(case when relations.${type} = 'person'
      then (select people.name from people where people.id = relations.${id})
      else (select organisations.name from organisations where organisations.id = relations.${id}) end, '')`);
  if (dialectOf(db) === 'postgres') {
    await sql`update relations set record_json = json_build_object('id', id, 'workspaceId', workspace_id,
      'from', from_id, 'fromType', from_type, 'fromName', ${endName('from_id', 'from_type')},
      'to', to_id, 'toType', to_type, 'toName', ${endName('to_id', 'to_type')},
      'type', type, 'directed', directed <> 0, 'strength', strength, 'since', since, 'until', until,
      'note', note, 'source', source, 'version', version,
      'createdAt', to_char(created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
      'updatedAt', to_char(updated_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'))::text`.execute(db);
    return;
  }
  await sql`update relations set record_json = json_object('id', id, 'workspaceId', workspace_id,
    'from', from_id, 'fromType', from_type, 'fromName', ${endName('from_id', 'from_type')},
    'to', to_id, 'toType', to_type, 'toName', ${endName('to_id', 'to_type')},
    'type', type, 'directed', json(case when directed then 'true' else 'false' end), 'strength', strength,
    'since', since, 'until', until, 'note', note, 'source', source, 'version', version,
    'createdAt', created_at, 'updatedAt', updated_at)`.execute(db);
}

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('relations').addColumn('record_json', 'text').execute();
  await storeEveryRelationsRecord(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('relations').dropColumn('record_json').execute();
}
