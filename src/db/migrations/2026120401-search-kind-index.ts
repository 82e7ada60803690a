// A search that leaves out people (the pickers of themes and organisations) reads the documents
// of its kinds whole (src/db/search-by-kind.ts): an index that leads with the workspace and the
// kind finds them. It serves lookups by workspace alone as well, so it replaces that index.
import { sql, type Kysely } from 'kysely';
import { dialectOf } from '../dialect.ts';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.createIndex('search_documents_kind_idx').on('search_documents').columns(['workspace_id', 'entity_type']).execute();
  await db.schema.dropIndex('search_documents_ws_idx').execute();
  // SQLite's planner takes an index without statistics for a narrow one (see 2026120301).
  if (dialectOf(db) === 'sqlite') await sql`analyze search_documents`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.createIndex('search_documents_ws_idx').on('search_documents').column('workspace_id').execute();
  await db.schema.dropIndex('search_documents_kind_idx').execute();
}
