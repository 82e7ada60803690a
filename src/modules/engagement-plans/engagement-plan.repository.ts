import type { Kysely, Selectable } from 'kysely';
import type { Database, EngagementPlanTable } from '../../db/schema.ts';
import { applyKeyset, parseSort } from '../../db/keyset.ts';
import { updateIfVersion } from '../../db/versioned-update.ts';
import type { Cursor } from '../../http/pagination.ts';
import { withPartyNames } from '../interactions/references.ts';
import type { EngagementPlan, ListEngagementPlansQuery } from './engagement-plan.schema.ts';

type Executor = Kysely<Database>;
export type PlanRow = Selectable<EngagementPlanTable>;

/** Every field a plan exposes. */
export function presentPlan(row: PlanRow, partyName: string): EngagementPlan {
  return {
    id: row.id,
    workspaceId: row.workspaceId,
    themeId: row.themeId,
    partyId: row.partyId,
    partyType: row.partyType,
    partyName,
    level: row.level as EngagementPlan['level'],
    keyMessage: row.keyMessage,
    channel: row.channel,
    ownerId: row.ownerId,
    nextStep: row.nextStep,
    nextStepDueOn: row.nextStepDueOn,
    version: row.version,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

/** Rows with their parties' names. */
export const presentPlans = (db: Executor, rows: PlanRow[]): Promise<EngagementPlan[]> => withPartyNames(db, rows, presentPlan);

/** The sort value of a row for the cursor. */
export function planCursor(row: PlanRow, sort: ListEngagementPlansQuery['sort']): Cursor {
  return { value: row[parseSort(sort).field], id: row.id };
}

export function findPlan(db: Executor, workspaceId: string, id: string) {
  return db.selectFrom('engagementPlans').selectAll().where('workspaceId', '=', workspaceId).where('id', '=', id).executeTakeFirst();
}

/** The plan for a party on a theme, if there is one. */
export function findPlanFor(db: Executor, themeId: string, partyId: string) {
  return db.selectFrom('engagementPlans').select('id').where('themeId', '=', themeId).where('partyId', '=', partyId).executeTakeFirst();
}

export function listPlans(db: Executor, workspaceId: string, query: ListEngagementPlansQuery) {
  const { field, descending } = parseSort(query.sort);
  let qb = db.selectFrom('engagementPlans').selectAll().where('workspaceId', '=', workspaceId);
  if (query.themeId) qb = qb.where('themeId', '=', query.themeId);
  if (query.partyId) qb = qb.where('partyId', '=', query.partyId);
  if (query.ownerId) qb = qb.where('ownerId', '=', query.ownerId);
  if (query.level) qb = qb.where('level', '=', query.level);
  if (query.nextStepDueBefore) qb = qb.where('nextStepDueOn', '<', query.nextStepDueBefore);
  return applyKeyset(qb, {
    sortColumn: `engagementPlans.${field}`,
    idColumn: 'engagementPlans.id',
    descending,
    cursor: query.cursor,
    limit: query.limit,
  }).execute();
}

export async function insertPlan(db: Executor, row: PlanRow): Promise<void> {
  await db.insertInto('engagementPlans').values(row).execute();
}

/** Updates when the version still matches; returns whether the row changed. */
export const updatePlan = (db: Executor, id: string, version: number, changes: Partial<PlanRow>) =>
  updateIfVersion(db, 'engagementPlans', id, version, changes);

export async function deletePlan(db: Executor, workspaceId: string, id: string): Promise<void> {
  await db.deleteFrom('engagementPlans').where('workspaceId', '=', workspaceId).where('id', '=', id).execute();
}
