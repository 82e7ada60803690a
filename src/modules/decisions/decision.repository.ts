import type { Kysely, Selectable } from 'kysely';
import type { Database, DecisionTable } from '../../db/schema.ts';
import { applyKeyset, parseSort } from '../../db/keyset.ts';
import { updateIfVersion } from '../../db/versioned-update.ts';
import type { Cursor } from '../../http/pagination.ts';
import type { Decision, ListDecisionsQuery } from './decision.schema.ts';

type Executor = Kysely<Database>;
export type DecisionRow = Selectable<DecisionTable>;

interface Links {
  interactionIds: string[];
  initiativeIds: string[];
}

/** Every field a decision exposes. */
export function presentDecision(row: DecisionRow, links: Links): Decision {
  return {
    id: row.id,
    workspaceId: row.workspaceId,
    title: row.title,
    bodyId: row.bodyId,
    date: row.date,
    themeId: row.themeId,
    outcome: row.outcome as Decision['outcome'],
    amountCents: row.amountCents === null ? null : Number(row.amountCents),
    description: row.description,
    ...links,
    version: row.version,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

/** The sort value of a row for the cursor. */
export function decisionCursor(row: DecisionRow, sort: ListDecisionsQuery['sort']): Cursor {
  return { value: row[parseSort(sort).field], id: row.id };
}

export function findDecision(db: Executor, workspaceId: string, id: string) {
  return db.selectFrom('decisions').selectAll().where('workspaceId', '=', workspaceId).where('id', '=', id).executeTakeFirst();
}

export function listDecisions(db: Executor, workspaceId: string, query: ListDecisionsQuery) {
  const { field, descending } = parseSort(query.sort);
  let qb = db.selectFrom('decisions').selectAll().where('workspaceId', '=', workspaceId);
  if (query.themeId) qb = qb.where('themeId', '=', query.themeId);
  if (query.bodyId) qb = qb.where('bodyId', '=', query.bodyId);
  if (query.outcome) qb = qb.where('outcome', '=', query.outcome);
  if (query.dateFrom) qb = qb.where('date', '>=', query.dateFrom);
  if (query.dateTo) qb = qb.where('date', '<=', query.dateTo);
  const { interactionId, initiativeId } = query;
  if (interactionId) {
    qb = qb.where('id', 'in', (eb) =>
      eb.selectFrom('decisionInteractions').select('decisionId').where('interactionId', '=', interactionId),
    );
  }
  if (initiativeId) {
    qb = qb.where('id', 'in', (eb) => eb.selectFrom('decisionInitiatives').select('decisionId').where('initiativeId', '=', initiativeId));
  }
  return applyKeyset(qb, {
    sortColumn: `decisions.${field}`,
    idColumn: 'decisions.id',
    descending,
    cursor: query.cursor,
    limit: query.limit,
  }).execute();
}

/** Linked interactions (by date) and initiatives (by title) of each decision, two queries per page. */
export async function presentDecisions(db: Executor, rows: DecisionRow[]): Promise<Decision[]> {
  const ids = rows.map((r) => r.id);
  const byId = new Map<string, Links>(ids.map((id) => [id, { interactionIds: [], initiativeIds: [] }]));
  if (ids.length > 0) {
    const [interactions, initiatives] = await Promise.all([
      db
        .selectFrom('decisionInteractions')
        .innerJoin('interactions', 'interactions.id', 'decisionInteractions.interactionId')
        .select(['decisionInteractions.decisionId', 'decisionInteractions.interactionId'])
        .where('decisionInteractions.decisionId', 'in', ids)
        .orderBy('interactions.date')
        .orderBy('interactions.id')
        .execute(),
      db
        .selectFrom('decisionInitiatives')
        .innerJoin('initiatives', 'initiatives.id', 'decisionInitiatives.initiativeId')
        .select(['decisionInitiatives.decisionId', 'decisionInitiatives.initiativeId'])
        .where('decisionInitiatives.decisionId', 'in', ids)
        .orderBy('initiatives.sortTitle')
        .orderBy('initiatives.id')
        .execute(),
    ]);
    for (const link of interactions) byId.get(link.decisionId)?.interactionIds.push(link.interactionId);
    for (const link of initiatives) byId.get(link.decisionId)?.initiativeIds.push(link.initiativeId);
  }
  return rows.map((row) => presentDecision(row, byId.get(row.id) ?? { interactionIds: [], initiativeIds: [] }));
}

export async function insertDecision(db: Executor, row: DecisionRow): Promise<void> {
  await db.insertInto('decisions').values(row).execute();
}

/** Updates when the version still matches; returns whether the row changed. */
export const updateDecision = (db: Executor, id: string, version: number, changes: Partial<DecisionRow>) =>
  updateIfVersion(db, 'decisions', id, version, changes);

/** Deletes a decision; its links go by cascade. */
export async function deleteDecision(db: Executor, workspaceId: string, id: string): Promise<void> {
  await db.deleteFrom('decisions').where('workspaceId', '=', workspaceId).where('id', '=', id).execute();
}
