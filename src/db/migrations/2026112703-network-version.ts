// A network version per workspace, bumped with every change to its parties and relations,
// so that cached analytics know when they are stale on any server; and the person a member
// is in the workspace's network ("me", where influence paths start).
import type { Kysely } from 'kysely';
import { sql } from 'kysely';
import { columnTypes, dialectOf } from '../dialect.ts';

export async function up(db: Kysely<unknown>): Promise<void> {
  const t = columnTypes(dialectOf(db));
  await db.schema
    .createTable('network_versions')
    .addColumn('workspace_id', t.uuid, (c) => c.primaryKey().references('workspaces.id').onDelete('cascade'))
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('changed_at', t.timestamp, (c) => c.notNull())
    .execute();
  await db.schema
    .alterTable('memberships')
    .addColumn('person_id', t.uuid, (c) => c.references('people.id').onDelete('set null'))
    .execute();
  // One member per person: two accounts cannot both be the same person.
  await db.schema
    .createIndex('memberships_person_idx')
    .on('memberships')
    .columns(['workspace_id', 'person_id'])
    .unique()
    .where(sql.ref('person_id'), 'is not', null)
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('memberships_person_idx').execute();
  await db.schema.alterTable('memberships').dropColumn('person_id').execute();
  await db.schema.dropTable('network_versions').execute();
}
