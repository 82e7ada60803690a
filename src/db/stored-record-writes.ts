import { sql, type Kysely } from 'kysely';
import { dialectOf } from './dialect.ts';
import type { Database } from './schema.ts';

/** The first key of the lock below: "KRPL", so no other advisory lock shares its keys. */
const STORED_RECORD_LOCK_NAMESPACE = 0x4b52504c;

/**
 * Makes the writes that store records built from other records wait for each other, within
 * one workspace on PostgreSQL. A person's stored lists show their organisations' names and a
 * relation's stored record the names of its ends, so a person's affiliations and a new or
 * changed relation wait for a rename (or deletion) of a person or organisation, and the other
 * way round. Without it, a rename could store from a snapshot taken before the other write
 * committed, or the other write from one taken before the rename did, and the stored record
 * would stay behind. Deleting a person or organisation takes it too: a relation written to
 * them at the same time would otherwise be left pointing at nobody, its party gone with every
 * relation the deletion saw. Call it first in the transaction: read committed gives every
 * later statement a snapshot that holds what the other write committed. It is released at
 * commit or rollback. SQLite writes one transaction at a time already.
 */
export async function serialiseStoredRecordWrites(db: Kysely<Database>, workspaceId: string): Promise<void> {
  if (dialectOf(db) !== 'postgres') return;
  await sql`select pg_advisory_xact_lock(${STORED_RECORD_LOCK_NAMESPACE}, hashtext(${workspaceId}))`.execute(db);
}
