// Sign-in attempts counted in the database rather than in each server process, so that the
// limit holds across the processes of KRING_WORKERS and across restarts
// (src/modules/sessions/sign-in-attempts.repository.ts). A row is a hash of the address and
// the account, never either of them, and is deleted once its window has passed.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('sign_in_attempts')
    .addColumn('key_hash', 'text', (c) => c.primaryKey())
    .addColumn('attempts', 'integer', (c) => c.notNull())
    // Milliseconds since 1970: the same arithmetic on both databases.
    .addColumn('window_ends_at', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('sign_in_attempts_window_idx').on('sign_in_attempts').column('window_ends_at').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('sign_in_attempts').execute();
}
