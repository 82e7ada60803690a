import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { isUniqueViolation } from '../../db/dialect.ts';
import { conflict } from '../../http/errors.ts';

type Executor = Kysely<Database>;

/** Records whose folded name is unique in a workspace, with their collection path. */
const collections = { groups: 'groups', maturityModels: 'maturity-models' } as const;

/**
 * A 409 pointing at the record that already has this name (folded: case and accents
 * ignored), unless that record is the one being saved. The unique index backs this up.
 */
export async function assertNameFree(
  db: Executor,
  table: keyof typeof collections,
  workspaceId: string,
  sortName: string,
  selfId?: string,
): Promise<void> {
  const existing = await db
    .selectFrom(table)
    .select('id')
    .where('workspaceId', '=', workspaceId)
    .where('sortName', '=', sortName)
    .executeTakeFirst();
  if (existing && existing.id !== selfId) {
    throw conflict('Another record in this workspace has this name.', {
      id: existing.id,
      href: `/api/v1/workspaces/${workspaceId}/${collections[table]}/${existing.id}`,
    });
  }
}

/**
 * Runs a write that a unique index guards; when a concurrent save took the value between
 * the check and the write, the index answers and the client gets the 409 it would have got.
 */
export async function conflictOnUnique<T>(write: () => Promise<T>, detail: string): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (isUniqueViolation(error)) throw conflict(detail);
    throw error;
  }
}
