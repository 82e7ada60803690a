/* eslint-disable @typescript-eslint/no-explicit-any -- Kysely cannot type an update over a table chosen by a type parameter. */
import type { Kysely, Updateable } from 'kysely';
import type { Database } from './schema.ts';

/** Tables whose rows have an id and a version for optimistic concurrency. */
type VersionedTable = { [T in keyof Database]: Database[T] extends { id: string; version: number } ? T : never }[keyof Database];

/**
 * Updates a row only while it is still at the version the client edited, and moves it to
 * the next version; returns whether it changed (false: someone else saved first).
 */
export async function updateIfVersion<T extends VersionedTable>(
  db: Kysely<Database>,
  table: T,
  id: string,
  version: number,
  changes: Updateable<Database[T]>,
): Promise<boolean> {
  const result = await (db as Kysely<any>)
    .updateTable(table as string)
    .set({ ...(changes as Record<string, unknown>), version: version + 1 })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}
