import { sql, type Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';

/** The attempts counted in the current window, and the milliseconds until it ends. */
export interface AttemptCount {
  current: number;
  ttl: number;
}

/**
 * Counts one attempt under `keyHash` in one statement, so concurrent attempts from several
 * server processes are all counted: the first attempt after a window has ended opens a new
 * one of `windowMs`. Rows of windows that have ended are deleted with it.
 */
export async function countAttempt(db: Kysely<Database>, keyHash: string, nowMs: number, windowMs: number): Promise<AttemptCount> {
  const ended = sql<boolean>`sign_in_attempts.window_ends_at <= ${nowMs}`;
  const row = await db
    .insertInto('signInAttempts')
    .values({ keyHash, attempts: 1, windowEndsAt: nowMs + windowMs })
    .onConflict((conflict) =>
      conflict.column('keyHash').doUpdateSet({
        attempts: sql<number>`case when ${ended} then 1 else sign_in_attempts.attempts + 1 end`,
        windowEndsAt: sql<number>`case when ${ended} then ${nowMs + windowMs} else sign_in_attempts.window_ends_at end`,
      }),
    )
    .returning(['attempts', 'windowEndsAt'])
    .executeTakeFirstOrThrow();
  await db.deleteFrom('signInAttempts').where('windowEndsAt', '<=', nowMs).execute();
  return { current: row.attempts, ttl: Number(row.windowEndsAt) - nowMs };
}
