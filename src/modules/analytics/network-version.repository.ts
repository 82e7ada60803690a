import { sql, type Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { nowIso } from '../../lib/clock.ts';

type Executor = Kysely<Database>;

/**
 * Marks the workspace's network as changed. Called in the transaction of every change to
 * organisations, people (with their affiliations) and relations, so a cached analysis
 * older than the counter is known to be stale on every server.
 */
export async function bumpNetworkVersion(db: Executor, workspaceId: string): Promise<void> {
  await db
    .insertInto('networkVersions')
    .values({ workspaceId, version: 1, changedAt: nowIso() })
    .onConflict((oc) =>
      oc
        .column('workspaceId')
        .doUpdateSet({ version: sql<number>`network_versions.version + 1`, changedAt: (eb) => eb.ref('excluded.changedAt') }),
    )
    .execute();
}

/** The workspace's current network version; 0 before its first change. */
export async function readNetworkVersion(db: Executor, workspaceId: string): Promise<number> {
  const row = await db.selectFrom('networkVersions').select('version').where('workspaceId', '=', workspaceId).executeTakeFirst();
  return row?.version ?? 0;
}
