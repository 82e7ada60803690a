// The people not yet told that Kring holds their data (`people?informed=false`, AVG art. 14),
// in name order. Once most people have been told they are a few among many, and without this
// partial index each page would read the whole workspace's name index to find them.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createIndex('people_ws_not_informed_idx')
    .on('people')
    .columns(['workspace_id', 'sort_name', 'id'])
    .where(sql.ref('informed_on'), 'is', null)
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('people_ws_not_informed_idx').execute();
}
