import type { Kysely } from 'kysely';
import type { Database } from './schema.ts';
import { chunks } from '../lib/chunks.ts';

/** Inserts rows a few hundred at a time, within parameter limits of both dialects. */
export async function insertMany<T extends keyof Database & string>(db: Kysely<Database>, table: T, rows: object[]): Promise<void> {
  for (const chunk of chunks(rows, 200))
    await db
      .insertInto(table)
      .values(chunk as never)
      .execute();
}
