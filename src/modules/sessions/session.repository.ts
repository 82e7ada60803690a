import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { reusableQuery } from '../../db/reusable-query.ts';

type Executor = Kysely<Database>;

const userBySessionHash = reusableQuery(
  'userBySessionHash',
  (db: Executor, _shape: null, values: { tokenHash: string; now: string; workspaceId: string | null }) =>
    db
      .selectFrom('sessions')
      .innerJoin('users', 'users.id', 'sessions.userId')
      .leftJoin('memberships', (join) =>
        join.onRef('memberships.userId', '=', 'users.id').on('memberships.workspaceId', '=', values.workspaceId),
      )
      .select(['sessions.id as sessionId', 'users.id as userId', 'users.isAdmin', 'memberships.role'])
      .where('sessions.tokenHash', '=', values.tokenHash)
      .where('sessions.expiresAt', '>', values.now),
);

/** The user behind a live session, by the hash of its cookie value, with their role in the workspace (if one is named): the query, not run. */
export function userBySessionHashQuery(db: Executor, tokenHash: string, now: string, workspaceId: string | null) {
  return userBySessionHash.compile(db, null, { tokenHash, now, workspaceId });
}

export async function insertSession(
  db: Executor,
  session: { id: string; tokenHash: string; userId: string; createdAt: string; expiresAt: string },
): Promise<void> {
  await db.insertInto('sessions').values(session).execute();
}

export async function deleteSessionByHash(db: Executor, tokenHash: string): Promise<void> {
  await db.deleteFrom('sessions').where('tokenHash', '=', tokenHash).execute();
}

/** Removes expired sessions, so the table does not grow without bound. */
export async function deleteExpiredSessions(db: Executor, now: string): Promise<void> {
  await db.deleteFrom('sessions').where('expiresAt', '<=', now).execute();
}
