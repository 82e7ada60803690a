// Search is typed a word start at a time, and four letters are where a name's tier stops
// being read from the name index (src/db/search-match.ts). On SQLite a prefix with an index
// of its own is one list of matches instead of the merged lists of every word that begins
// with it: for four letters about four times faster, for a quarter more index. The FTS5
// table is contentless, so it is built anew from the search documents; its triggers name it
// and keep working.
import type { Kysely } from 'kysely';
import { sql } from 'kysely';
import { dialectOf } from '../dialect.ts';

async function rebuildSearchIndex(db: Kysely<unknown>, prefixes: string): Promise<void> {
  if (dialectOf(db) !== 'sqlite') return;
  await sql`drop table search_fts`.execute(db);
  await sql`create virtual table search_fts using fts5(
    title, body, content='', contentless_delete=1, prefix=${sql.lit(prefixes)}, tokenize='unicode61 remove_diacritics 2'
  )`.execute(db);
  await sql`insert into search_fts(rowid, title, body) select rowid, title, body from search_documents`.execute(db);
}

export async function up(db: Kysely<unknown>): Promise<void> {
  await rebuildSearchIndex(db, '2 3 4');
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await rebuildSearchIndex(db, '2 3');
}
