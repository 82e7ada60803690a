// On PostgreSQL a search for a word start inside a name ("every term begins a word of the
// name", tier 1 of src/db/search-match.ts) merged the GIN index's lists of every word with
// that start before the first row: for four letters of a common surname, 1,700 entries and
// about 1 ms. Here each word of each name is a row of a B-tree, so the tier reads a range of
// it in word order and stops after the rows it shows. A trigger keeps the words with the
// names, for every writer, as SQLite's FTS5 triggers do; SQLite's prefix index needs none.
import { sql, type Kysely } from 'kysely';
import { dialectOf } from '../dialect.ts';

export async function up(db: Kysely<unknown>): Promise<void> {
  if (dialectOf(db) !== 'postgres') return;
  await sql`create table search_name_words (
    entity_id uuid not null references search_documents (entity_id) on delete cascade,
    word text collate "C" not null,
    workspace_id uuid not null,
    primary key (entity_id, word)
  )`.execute(db);
  await sql`create index search_name_words_range_idx on search_name_words (workspace_id, word, entity_id)`.execute(db);
  // The words are the lexemes of the name's own tsvector, so the tier finds what title_tsv would.
  await sql`create function search_name_words_refresh() returns trigger language plpgsql as $$
    begin
      if tg_op = 'UPDATE' then
        delete from search_name_words where entity_id = old.entity_id;
      end if;
      insert into search_name_words (entity_id, word, workspace_id)
        select new.entity_id, lexeme, new.workspace_id from unnest(new.title_tsv);
      return null;
    end $$`.execute(db);
  await sql`create trigger search_name_words_refresh after insert or update of title on search_documents
    for each row execute function search_name_words_refresh()`.execute(db);
  await sql`insert into search_name_words (entity_id, word, workspace_id)
    select d.entity_id, w.lexeme, d.workspace_id from search_documents d, unnest(d.title_tsv) w`.execute(db);
  await sql`analyze search_name_words`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  if (dialectOf(db) !== 'postgres') return;
  await sql`drop trigger search_name_words_refresh on search_documents`.execute(db);
  await sql`drop function search_name_words_refresh()`.execute(db);
  await sql`drop table search_name_words`.execute(db);
}
