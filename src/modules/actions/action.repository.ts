import type { Kysely, Selectable } from 'kysely';
import type { ActionTable, Database } from '../../db/schema.ts';
import { applyKeyset, parseSort } from '../../db/keyset.ts';
import { updateIfVersion } from '../../db/versioned-update.ts';
import type { Cursor } from '../../http/pagination.ts';
import type { Action, ListActionsQuery } from './action.schema.ts';

type Executor = Kysely<Database>;
export type ActionRow = Selectable<ActionTable>;

/** Undated actions sort after every dated one. */
export const NO_DUE_DATE = '9999-12-31';

/** Every field an action exposes; the sort key stays inside. */
export function presentAction(row: ActionRow): Action {
  return {
    id: row.id,
    workspaceId: row.workspaceId,
    interactionId: row.interactionId,
    title: row.title,
    ownerPersonId: row.ownerPersonId,
    ownerUserId: row.ownerUserId,
    dueOn: row.dueOn,
    done: row.done === 1,
    doneAt: row.doneAt,
    version: row.version,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

const sortColumns = { dueOn: 'sortDue', createdAt: 'createdAt' } as const;

/** The sort value of a row for the cursor. */
export function actionCursor(row: ActionRow, sort: ListActionsQuery['sort']): Cursor {
  return { value: String(row[sortColumns[parseSort(sort).field]]), id: row.id };
}

export function findAction(db: Executor, workspaceId: string, id: string) {
  return db.selectFrom('actions').selectAll().where('workspaceId', '=', workspaceId).where('id', '=', id).executeTakeFirst();
}

/** The person a member is in the workspace's network, if they said so. */
export async function memberPersonId(db: Executor, workspaceId: string, userId: string): Promise<string | null> {
  const row = await db
    .selectFrom('memberships')
    .select('personId')
    .where('workspaceId', '=', workspaceId)
    .where('userId', '=', userId)
    .executeTakeFirst();
  return row?.personId ?? null;
}

/** Filters resolved by the service: `me` becomes the user and, when known, their person. */
export interface ActionFilters extends Omit<ListActionsQuery, 'owner'> {
  ownedBy?: { userId: string; personId: string | null };
}

export function listActions(db: Executor, workspaceId: string, query: ActionFilters) {
  const { field, descending } = parseSort(query.sort);
  let qb = db.selectFrom('actions').selectAll().where('workspaceId', '=', workspaceId);
  const { ownedBy } = query;
  if (ownedBy) {
    qb = qb.where((eb) =>
      ownedBy.personId
        ? eb.or([eb('ownerUserId', '=', ownedBy.userId), eb('ownerPersonId', '=', ownedBy.personId)])
        : eb('ownerUserId', '=', ownedBy.userId),
    );
  }
  if (query.ownerUserId) qb = qb.where('ownerUserId', '=', query.ownerUserId);
  if (query.ownerPersonId) qb = qb.where('ownerPersonId', '=', query.ownerPersonId);
  if (query.interactionId) qb = qb.where('interactionId', '=', query.interactionId);
  if (query.done !== undefined) qb = qb.where('done', '=', query.done ? 1 : 0);
  if (query.dueBefore) qb = qb.where('sortDue', '<', query.dueBefore);
  return applyKeyset(qb, {
    sortColumn: `actions.${sortColumns[field]}`,
    idColumn: 'actions.id',
    descending,
    cursor: query.cursor,
    limit: query.limit,
  }).execute();
}

export async function insertAction(db: Executor, row: ActionRow): Promise<void> {
  await db.insertInto('actions').values(row).execute();
}

/** Updates when the version still matches; returns whether the row changed. */
export const updateAction = (db: Executor, id: string, version: number, changes: Partial<ActionRow>) =>
  updateIfVersion(db, 'actions', id, version, changes);

export async function deleteAction(db: Executor, workspaceId: string, id: string): Promise<void> {
  await db.deleteFrom('actions').where('workspaceId', '=', workspaceId).where('id', '=', id).execute();
}
