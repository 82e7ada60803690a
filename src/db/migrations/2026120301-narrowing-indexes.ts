// Indexes that let a page with a rare filter be read through the filter instead of through
// its sort order (src/db/narrowing.ts). Without them a page of relations active on a date
// before any relation read all 1,000,000 relations of the benchmark workspace to find none:
// 1.7 s on SQLite, 0.3 s on PostgreSQL. People who were told that Kring holds their data get
// the partial index that those not yet told have (2026120103-not-informed-index).
import { sql, type Kysely } from 'kysely';
import { dialectOf } from '../dialect.ts';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.createIndex('relations_ws_since_idx').on('relations').columns(['workspace_id', 'since', 'id']).execute();
  await db.schema.createIndex('relations_ws_strength_idx').on('relations').columns(['workspace_id', 'strength', 'id']).execute();
  await db.schema
    .createIndex('people_ws_informed_idx')
    .on('people')
    .columns(['workspace_id', 'sort_name', 'id'])
    .where(sql.ref('informed_on'), 'is not', null)
    .execute();
  // SQLite's planner takes an index without statistics for a narrow one: it read the first
  // page of relations through the strength index, sorting all of them (4 s). PostgreSQL keeps
  // statistics of columns, which it has.
  if (dialectOf(db) === 'sqlite') for (const table of ['relations', 'people']) await sql`analyze ${sql.table(table)}`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const name of ['relations_ws_since_idx', 'relations_ws_strength_idx', 'people_ws_informed_idx']) {
    await db.schema.dropIndex(name).execute();
  }
}
