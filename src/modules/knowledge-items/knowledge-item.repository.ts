import type { Kysely, Selectable } from 'kysely';
import type { Database, KnowledgeItemTable } from '../../db/schema.ts';
import { applyKeyset, parseSort } from '../../db/keyset.ts';
import { startsWith } from '../../db/dialect.ts';
import { updateIfVersion } from '../../db/versioned-update.ts';
import { fold } from '../../lib/text.ts';
import { linkedIds, linkedTo, type LinkTable } from '../method/link-table.ts';
import type { KnowledgeItem, ListKnowledgeItemsQuery } from './knowledge-item.schema.ts';

type Executor = Kysely<Database>;
export type KnowledgeItemRow = Selectable<KnowledgeItemTable>;

export const knowledgeItemThemes: LinkTable = {
  table: 'knowledgeItemThemes',
  owner: 'knowledgeItemId',
  other: 'themeId',
  target: 'themes',
};

export const knowledgeItemSortColumns = { sharedOn: 'sharedOn', title: 'sortTitle', createdAt: 'createdAt' } as const;

export function findKnowledgeItem(db: Executor, workspaceId: string, id: string) {
  return db.selectFrom('knowledgeItems').selectAll().where('workspaceId', '=', workspaceId).where('id', '=', id).executeTakeFirst();
}

export function listKnowledgeItems(db: Executor, workspaceId: string, query: ListKnowledgeItemsQuery) {
  const { field, descending } = parseSort(query.sort);
  let qb = db.selectFrom('knowledgeItems').selectAll().where('workspaceId', '=', workspaceId);
  if (query.groupId) qb = qb.where('groupId', '=', query.groupId);
  if (query.sharedById) qb = qb.where('sharedById', '=', query.sharedById);
  if (query.kind) qb = qb.where('kind', '=', query.kind);
  if (query.themeId) qb = qb.where(linkedTo(knowledgeItemThemes, 'knowledgeItems.id', query.themeId));
  if (query.q) qb = qb.where(startsWith('knowledgeItems.sortTitle', fold(query.q)));
  return applyKeyset(qb, {
    sortColumn: `knowledgeItems.${knowledgeItemSortColumns[field]}`,
    idColumn: 'knowledgeItems.id',
    descending,
    cursor: query.cursor,
    limit: query.limit,
  }).execute();
}

/** Rows with their themes, one query for a whole page. */
export async function presentKnowledgeItems(db: Executor, rows: KnowledgeItemRow[]): Promise<KnowledgeItem[]> {
  const themes = await linkedIds(
    db,
    knowledgeItemThemes,
    rows.map((r) => r.id),
  );
  return rows.map(({ sortTitle: _sortTitle, ...row }) => ({
    ...row,
    kind: row.kind as KnowledgeItem['kind'],
    themeIds: themes.get(row.id) ?? [],
  }));
}

export async function insertKnowledgeItem(db: Executor, row: KnowledgeItemRow): Promise<void> {
  await db.insertInto('knowledgeItems').values(row).execute();
}

/** Updates when the version still matches; returns whether the row changed. */
export const updateKnowledgeItem = (db: Executor, id: string, version: number, changes: Partial<KnowledgeItemRow>) =>
  updateIfVersion(db, 'knowledgeItems', id, version, changes);
