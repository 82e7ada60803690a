import type { Kysely, Selectable } from 'kysely';
import type { Database, StakeholderAssessmentTable } from '../../db/schema.ts';
import { applyKeyset, parseSort } from '../../db/keyset.ts';
import { updateIfVersion } from '../../db/versioned-update.ts';
import type { Cursor } from '../../http/pagination.ts';
import { withPartyNames } from '../interactions/references.ts';
import { quadrantOf, stakeholderTypeOf } from './stakeholder-classification.ts';
import type { ListStakeholderAssessmentsQuery, StakeholderAssessment, StakeholderConcern } from './stakeholder-assessment.schema.ts';

type Executor = Kysely<Database>;
export type AssessmentRow = Selectable<StakeholderAssessmentTable>;

/** Every field an assessment exposes, with the stakeholder type and quadrant computed. */
export function presentAssessment(row: AssessmentRow, partyName: string): StakeholderAssessment {
  const salience = { power: row.saliencePower === 1, legitimacy: row.salienceLegitimacy === 1, urgency: row.salienceUrgency === 1 };
  return {
    id: row.id,
    workspaceId: row.workspaceId,
    themeId: row.themeId,
    partyId: row.partyId,
    partyType: row.partyType,
    partyName,
    assessedOn: row.assessedOn,
    power: row.power,
    interest: row.interest,
    attitude: row.attitude,
    concerns: JSON.parse(row.concerns) as StakeholderConcern[],
    concernNote: row.concernNote,
    salience,
    stakeholderType: stakeholderTypeOf(salience),
    quadrant: quadrantOf(row.power, row.interest),
    side: row.side,
    version: row.version,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

/** Rows with their parties' names. */
export const presentAssessments = (db: Executor, rows: AssessmentRow[]): Promise<StakeholderAssessment[]> =>
  withPartyNames(db, rows, presentAssessment);

const sortColumns = { assessedOn: 'assessedOn', createdAt: 'createdAt' } as const;

/** The sort value of a row for the cursor. */
export function assessmentCursor(row: AssessmentRow, sort: ListStakeholderAssessmentsQuery['sort']): Cursor {
  return { value: String(row[sortColumns[parseSort(sort).field]]), id: row.id };
}

export function findAssessment(db: Executor, workspaceId: string, id: string) {
  return db.selectFrom('stakeholderAssessments').selectAll().where('workspaceId', '=', workspaceId).where('id', '=', id).executeTakeFirst();
}

/** The assessment of a party on a theme on one day, if there is one. */
export function findSameDay(db: Executor, themeId: string, partyId: string, assessedOn: string) {
  return db
    .selectFrom('stakeholderAssessments')
    .select('id')
    .where('themeId', '=', themeId)
    .where('partyId', '=', partyId)
    .where('assessedOn', '=', assessedOn)
    .executeTakeFirst();
}

export function listAssessments(db: Executor, workspaceId: string, query: ListStakeholderAssessmentsQuery) {
  const { field, descending } = parseSort(query.sort);
  let qb = db.selectFrom('stakeholderAssessments').selectAll().where('workspaceId', '=', workspaceId);
  if (query.themeId) qb = qb.where('themeId', '=', query.themeId);
  if (query.partyId) qb = qb.where('partyId', '=', query.partyId);
  if (query.side) qb = qb.where('side', '=', query.side);
  return applyKeyset(qb, {
    sortColumn: `stakeholderAssessments.${sortColumns[field]}`,
    idColumn: 'stakeholderAssessments.id',
    descending,
    cursor: query.cursor,
    limit: query.limit,
  }).execute();
}

/**
 * The latest assessment of each party on a theme, up to a day when given: a join to the
 * latest day per party, which both databases answer from the (theme, party, day) key.
 */
export function latestPerParty(db: Executor, themeId: string, options: { side?: string; asOf?: string }) {
  let qb = db
    .selectFrom('stakeholderAssessments as a')
    .innerJoin(
      (eb) => {
        let latest = eb
          .selectFrom('stakeholderAssessments')
          .select((b) => ['partyId', b.fn.max('assessedOn').as('latestOn')])
          .where('themeId', '=', themeId)
          .groupBy('partyId');
        if (options.asOf) latest = latest.where('assessedOn', '<=', options.asOf);
        return latest.as('l');
      },
      (join) => join.onRef('l.partyId', '=', 'a.partyId').onRef('l.latestOn', '=', 'a.assessedOn'),
    )
    .selectAll('a')
    .where('a.themeId', '=', themeId);
  if (options.side) qb = qb.where('a.side', '=', options.side as AssessmentRow['side']);
  return qb.execute();
}

export async function insertAssessment(db: Executor, row: AssessmentRow): Promise<void> {
  await db.insertInto('stakeholderAssessments').values(row).execute();
}

/** Updates when the version still matches; returns whether the row changed. */
export const updateAssessment = (db: Executor, id: string, version: number, changes: Partial<AssessmentRow>) =>
  updateIfVersion(db, 'stakeholderAssessments', id, version, changes);

export async function deleteAssessment(db: Executor, workspaceId: string, id: string): Promise<void> {
  await db.deleteFrom('stakeholderAssessments').where('workspaceId', '=', workspaceId).where('id', '=', id).execute();
}
