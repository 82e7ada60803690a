// Each person's record as the API shows it, stored as JSON text with the person
// (src/modules/people/person-lists.repository.ts), so a page of people reads one column per
// person instead of building each record. Existing people with stored lists get their record
// here; a person without one (null) gets it built on read.
import type { Kysely } from 'kysely';
import { sql } from 'kysely';
import { dialectOf } from '../dialect.ts';

// The record's SQL is written out here, not taken from the repository, so this migration keeps
// storing what it stored when it was written, whatever the repository becomes.
async function storeEveryPersonsRecord(db: Kysely<unknown>): Promise<void> {
  if (dialectOf(db) === 'postgres') {
    await sql`update people set record_json = json_build_object('id', id, 'workspaceId', workspace_id, 'name', name,
      'jobTitle', job_title, 'email', email, 'phone', phone, 'tags', tags_json::json, 'affiliations', affiliations_json::json,
      'source', source, 'informedOn', informed_on, 'lastContactOn', last_contact_on, 'version', version,
      'createdAt', to_char(created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
      'updatedAt', to_char(updated_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'))::text
      where affiliations_json is not null and tags_json is not null`.execute(db);
    return;
  }
  await sql`update people set record_json = json_object('id', id, 'workspaceId', workspace_id, 'name', name,
    'jobTitle', job_title, 'email', email, 'phone', phone, 'tags', json(tags_json), 'affiliations', json(affiliations_json),
    'source', source, 'informedOn', informed_on, 'lastContactOn', last_contact_on, 'version', version,
    'createdAt', created_at, 'updatedAt', updated_at)
    where affiliations_json is not null and tags_json is not null`.execute(db);
}

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('people').addColumn('record_json', 'text').execute();
  await storeEveryPersonsRecord(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('people').dropColumn('record_json').execute();
}
