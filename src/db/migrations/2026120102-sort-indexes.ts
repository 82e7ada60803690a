// Indexes for the sort orders the lists offer that had none: people and organisations by when
// they were created or changed, relations by when they were changed. Without them a page of
// relations sorted by -updatedAt sorted the whole workspace each time: 4–5 s a page on SQLite
// with 1,000,000 relations.
import type { Kysely } from 'kysely';

const indexes = [
  { name: 'people_ws_created_idx', table: 'people', column: 'created_at' },
  { name: 'people_ws_updated_idx', table: 'people', column: 'updated_at' },
  { name: 'organisations_ws_created_idx', table: 'organisations', column: 'created_at' },
  { name: 'organisations_ws_updated_idx', table: 'organisations', column: 'updated_at' },
  { name: 'relations_ws_updated_idx', table: 'relations', column: 'updated_at' },
] as const;

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const { name, table, column } of indexes) {
    await db.schema.createIndex(name).on(table).columns(['workspace_id', column, 'id']).execute();
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const { name } of indexes) await db.schema.dropIndex(name).execute();
}
