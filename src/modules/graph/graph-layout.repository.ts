import { sql, type Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';

type Executor = Kysely<Database>;

export function findLayout(db: Executor, workspaceId: string, key: string) {
  return db
    .selectFrom('graphLayouts')
    .select(['key', 'positions', 'version', 'updatedAt'])
    .where('workspaceId', '=', workspaceId)
    .where('key', '=', key)
    .executeTakeFirst();
}

export function findLayoutVersion(db: Executor, workspaceId: string, key: string) {
  return db.selectFrom('graphLayouts').select('version').where('workspaceId', '=', workspaceId).where('key', '=', key).executeTakeFirst();
}

/** Creates the layout or replaces its positions; answers the new version (1 when it was created). */
export async function upsertLayout(
  db: Executor,
  layout: { workspaceId: string; key: string; positions: string; now: string },
): Promise<number> {
  const { workspaceId, key, positions, now } = layout;
  const row = await db
    .insertInto('graphLayouts')
    .values({ workspaceId, key, positions, version: 1, createdAt: now, updatedAt: now })
    .onConflict((oc) =>
      oc
        .columns(['workspaceId', 'key'])
        .doUpdateSet({ positions, updatedAt: now, version: sql<number>`${sql.ref('graphLayouts.version')} + 1` }),
    )
    .returning('version')
    .executeTakeFirstOrThrow();
  return Number(row.version);
}

/** Replaces the positions when the version still matches; returns whether the row changed. */
export async function updateLayout(
  db: Executor,
  workspaceId: string,
  key: string,
  version: number,
  positions: string,
  now: string,
): Promise<boolean> {
  const result = await db
    .updateTable('graphLayouts')
    .set({ positions, updatedAt: now, version: version + 1 })
    .where('workspaceId', '=', workspaceId)
    .where('key', '=', key)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}
