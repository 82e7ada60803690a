import type { Kysely, Selectable } from 'kysely';
import type { Database, MandateTable } from '../../db/schema.ts';
import { applyKeyset, parseSort } from '../../db/keyset.ts';
import { updateIfVersion } from '../../db/versioned-update.ts';
import type { ListMandatesQuery, Mandate } from './mandate.schema.ts';

type Executor = Kysely<Database>;
export type MandateRow = Selectable<MandateTable>;

/** Every field a mandate exposes. */
export function presentMandate(row: MandateRow): Mandate {
  return { ...row, status: row.status as Mandate['status'] };
}

export const mandateSortColumns = { createdAt: 'createdAt', updatedAt: 'updatedAt' } as const;

export function findMandate(db: Executor, workspaceId: string, id: string) {
  return db.selectFrom('mandates').selectAll().where('workspaceId', '=', workspaceId).where('id', '=', id).executeTakeFirst();
}

export function listMandates(db: Executor, workspaceId: string, query: ListMandatesQuery) {
  const { field, descending } = parseSort(query.sort);
  let qb = db.selectFrom('mandates').selectAll().where('workspaceId', '=', workspaceId);
  if (query.themeId) qb = qb.where('themeId', '=', query.themeId);
  if (query.clientId) qb = qb.where('clientId', '=', query.clientId);
  if (query.holderId) qb = qb.where('holderId', '=', query.holderId);
  if (query.status) qb = qb.where('status', '=', query.status);
  return applyKeyset(qb, {
    sortColumn: `mandates.${mandateSortColumns[field]}`,
    idColumn: 'mandates.id',
    descending,
    cursor: query.cursor,
    limit: query.limit,
  }).execute();
}

export async function insertMandate(db: Executor, row: MandateRow): Promise<void> {
  await db.insertInto('mandates').values(row).execute();
}

/** Updates when the version still matches; returns whether the row changed. */
export const updateMandate = (db: Executor, id: string, version: number, changes: Partial<MandateRow>) =>
  updateIfVersion(db, 'mandates', id, version, changes);

/** The ids of the mandates on these themes, whose notes go when the themes go. */
export async function mandateIdsOfThemes(db: Executor, workspaceId: string, themeIds: string[]): Promise<string[]> {
  if (themeIds.length === 0) return [];
  const rows = await db
    .selectFrom('mandates')
    .select('id')
    .where('workspaceId', '=', workspaceId)
    .where('themeId', 'in', themeIds)
    .execute();
  return rows.map((r) => r.id);
}
