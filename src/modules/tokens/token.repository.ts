import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { nowIso } from '../../lib/clock.ts';
import { reusableQuery } from '../../db/reusable-query.ts';

type Executor = Kysely<Database>;

const tokenColumns = ['id', 'name', 'createdAt', 'lastUsedAt', 'expiresAt'] as const;

const userByTokenHash = reusableQuery(
  'userByTokenHash',
  (db: Executor, _shape: null, values: { tokenHash: string; now: string; workspaceId: string | null }) =>
    db
      .selectFrom('apiTokens')
      .innerJoin('users', 'users.id', 'apiTokens.userId')
      .leftJoin('memberships', (join) =>
        join.onRef('memberships.userId', '=', 'users.id').on('memberships.workspaceId', '=', values.workspaceId),
      )
      .select(['apiTokens.id as tokenId', 'apiTokens.lastUsedAt', 'users.id as userId', 'users.isAdmin', 'memberships.role'])
      .where('apiTokens.tokenHash', '=', values.tokenHash)
      .where((eb) => eb.or([eb('apiTokens.expiresAt', 'is', null), eb('apiTokens.expiresAt', '>', values.now)])),
);

/** The user behind a live API token, with their role in the workspace (if one is named): the query, not run. */
export function userByTokenHashQuery(db: Executor, tokenHash: string, now: string, workspaceId: string | null) {
  return userByTokenHash.compile(db, null, { tokenHash, now, workspaceId });
}

export const TOUCH_INTERVAL_MS = 60 * 60 * 1000;

/**
 * Records use at most once an hour, so reads by scripts do not each cost a write; answers
 * when the token's use is now recorded (ms since the epoch).
 */
export async function touchToken(db: Executor, tokenId: string, lastUsedAt: string | null): Promise<number> {
  const recorded = lastUsedAt === null ? undefined : Date.parse(lastUsedAt);
  if (recorded !== undefined && Date.now() - recorded < TOUCH_INTERVAL_MS) return recorded;
  const now = nowIso();
  await db.updateTable('apiTokens').set({ lastUsedAt: now }).where('id', '=', tokenId).execute();
  return Date.parse(now);
}

export async function insertToken(
  db: Executor,
  token: { id: string; userId: string; name: string; tokenHash: string; createdAt: string; expiresAt: string | null },
): Promise<void> {
  await db
    .insertInto('apiTokens')
    .values({ ...token, lastUsedAt: null })
    .execute();
}

export async function listTokens(db: Executor, userId: string) {
  return db.selectFrom('apiTokens').select(tokenColumns).where('userId', '=', userId).orderBy('createdAt', 'desc').execute();
}

/** Deletes one of the user's tokens; returns whether it existed. */
export async function deleteToken(db: Executor, userId: string, tokenId: string): Promise<boolean> {
  const result = await db.deleteFrom('apiTokens').where('id', '=', tokenId).where('userId', '=', userId).executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}
