import type { Kysely, Selectable } from 'kysely';
import type { AssessmentTable, Database } from '../../db/schema.ts';
import { applyKeyset, parseSort } from '../../db/keyset.ts';
import { updateIfVersion } from '../../db/versioned-update.ts';
import type { Assessment, ListAssessmentsQuery, ScoreInput } from './assessment.schema.ts';

type Executor = Kysely<Database>;
export type AssessmentRow = Selectable<AssessmentTable>;
type Score = Assessment['scores'][number];

export const assessmentSortColumns = { assessedOn: 'assessedOn', createdAt: 'createdAt' } as const;

export function findAssessment(db: Executor, workspaceId: string, id: string) {
  return db.selectFrom('assessments').selectAll().where('workspaceId', '=', workspaceId).where('id', '=', id).executeTakeFirst();
}

export function listAssessments(db: Executor, workspaceId: string, query: ListAssessmentsQuery) {
  const { field, descending } = parseSort(query.sort);
  let qb = db.selectFrom('assessments').selectAll().where('workspaceId', '=', workspaceId);
  if (query.organisationId) qb = qb.where('organisationId', '=', query.organisationId);
  if (query.modelId) qb = qb.where('modelId', '=', query.modelId);
  if (query.assessorId) qb = qb.where('assessorId', '=', query.assessorId);
  return applyKeyset(qb, {
    sortColumn: `assessments.${assessmentSortColumns[field]}`,
    idColumn: 'assessments.id',
    descending,
    cursor: query.cursor,
    limit: query.limit,
  }).execute();
}

/** The scores of each assessment, in the model's dimension order, in one query. */
export async function scoresOf(db: Executor, assessmentIds: string[]): Promise<Map<string, Score[]>> {
  const byAssessment = new Map<string, Score[]>(assessmentIds.map((id) => [id, []]));
  if (assessmentIds.length === 0) return byAssessment;
  const rows = await db
    .selectFrom('assessmentScores')
    .select(['assessmentId', 'dimensionKey', 'score', 'evidence'])
    .where('assessmentId', 'in', assessmentIds)
    .orderBy('position')
    .execute();
  for (const r of rows) byAssessment.get(r.assessmentId)?.push({ dimensionKey: r.dimensionKey, score: r.score, evidence: r.evidence });
  return byAssessment;
}

export async function presentAssessments(db: Executor, rows: AssessmentRow[]): Promise<Assessment[]> {
  const scores = await scoresOf(
    db,
    rows.map((r) => r.id),
  );
  return rows.map((row) => ({ ...row, scores: scores.get(row.id) ?? [] }));
}

/** The assessment on the same organisation, model and date, if any. */
export function findSameDay(db: Executor, row: Pick<AssessmentRow, 'organisationId' | 'modelId' | 'assessedOn'>) {
  return db
    .selectFrom('assessments')
    .select('id')
    .where('organisationId', '=', row.organisationId)
    .where('modelId', '=', row.modelId)
    .where('assessedOn', '=', row.assessedOn)
    .executeTakeFirst();
}

export async function insertAssessment(db: Executor, row: AssessmentRow): Promise<void> {
  await db.insertInto('assessments').values(row).execute();
}

/** Updates when the version still matches; returns whether the row changed. */
export const updateAssessment = (db: Executor, id: string, version: number, changes: Partial<AssessmentRow>) =>
  updateIfVersion(db, 'assessments', id, version, changes);

/** Replaces the scores of an assessment; `order` gives each dimension key its place in the model. */
export async function replaceScores(
  db: Executor,
  workspaceId: string,
  assessmentId: string,
  scores: ScoreInput[],
  order: (key: string) => number,
): Promise<void> {
  await db.deleteFrom('assessmentScores').where('assessmentId', '=', assessmentId).execute();
  await db
    .insertInto('assessmentScores')
    .values(
      scores.map((s) => ({
        assessmentId,
        workspaceId,
        dimensionKey: s.dimensionKey,
        score: s.score,
        evidence: s.evidence ?? null,
        position: order(s.dimensionKey),
      })),
    )
    .execute();
}

/** The ids of the assessments of these organisations, whose notes go when the organisations go. */
export async function assessmentIdsOfOrganisations(db: Executor, workspaceId: string, organisationIds: string[]): Promise<string[]> {
  if (organisationIds.length === 0) return [];
  const rows = await db
    .selectFrom('assessments')
    .select('id')
    .where('workspaceId', '=', workspaceId)
    .where('organisationId', 'in', organisationIds)
    .execute();
  return rows.map((r) => r.id);
}
