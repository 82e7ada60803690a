// Search reads its tiers best first (src/db/search-match.ts). Names that begin with the query
// come from an index of each workspace's names in byte-wise order. On PostgreSQL the names
// also get a tsvector of their own, so "every term begins a word of the name" is found in
// its own GIN index rather than among every document that mentions the term.
import type { Kysely } from 'kysely';
import { sql } from 'kysely';
import { dialectOf } from '../dialect.ts';

export async function up(db: Kysely<unknown>): Promise<void> {
  if (dialectOf(db) === 'postgres') {
    await sql`create index search_documents_title_idx on search_documents (workspace_id, (title collate "C"), entity_id)`.execute(db);
    await sql`alter table search_documents
      add column title_tsv tsvector generated always as (to_tsvector('simple', title)) stored`.execute(db);
    await sql`create index search_documents_title_tsv_idx on search_documents using gin (title_tsv)`.execute(db);
    return;
  }
  await sql`create index search_documents_title_idx on search_documents (workspace_id, title)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop index search_documents_title_idx`.execute(db);
  if (dialectOf(db) === 'postgres') await sql`alter table search_documents drop column title_tsv`.execute(db);
}
