import type { Kysely } from 'kysely';
import type { AppContext } from '../../app/context.ts';
import type { Database } from '../../db/schema.ts';
import { conflict, notFound, preconditionFailed } from '../../http/errors.ts';
import { assertVersion } from '../../http/etag.ts';
import type { WorkspaceActor } from '../../http/route.ts';
import { nowIso } from '../../lib/clock.ts';
import { newId } from '../../lib/ids.ts';
import { auditByActor } from '../audit/audit.repository.ts';
import { deleteRecord } from '../method/record-delete.ts';
import { ReferenceCheck } from '../method/reference-check.ts';
import { conflictOnUnique } from '../method/unique-name.ts';
import * as repo from './assessment.repository.ts';
import type { Assessment, CreateAssessment, ScoreInput, UpdateAssessment } from './assessment.schema.ts';
import { contentOf, findModel } from './maturity-model.repository.ts';

type Executor = Kysely<Database>;
type Input = UpdateAssessment & { modelId?: string };
const SAME_DAY = 'This organisation already has an assessment on this model at this date.';

export async function getAssessment(ctx: AppContext, workspaceId: string, id: string): Promise<Assessment> {
  const row = await repo.findAssessment(ctx.db.kysely, workspaceId, id);
  if (!row) throw notFound('Assessment');
  return (await repo.presentAssessments(ctx.db.kysely, [row]))[0] as Assessment;
}

/**
 * References of the same workspace, and scores that fit the model: a known dimension, each
 * once, from 1 up to the model's number of levels. Answers each dimension's place in the model.
 */
async function check(db: Executor, actor: WorkspaceActor, modelId: string, input: Input): Promise<(key: string) => number> {
  const problems = new ReferenceCheck(db, actor.workspaceId)
    .one('organisations', '/organisationId', input.organisationId)
    .one('maturityModels', '/modelId', input.modelId)
    .one('people', '/assessorId', input.assessorId);
  const model = await findModel(db, actor.workspaceId, modelId);
  const { levels, dimensions } = model ? contentOf(model) : { levels: [], dimensions: [] };
  const keys = dimensions.map((d) => d.key);
  if (model) checkScores(problems, keys, levels.length, input.scores ?? []);
  await problems.verify();
  return (key) => keys.indexOf(key);
}

function checkScores(problems: ReferenceCheck, keys: string[], levels: number, scores: ScoreInput[]): void {
  const seen = new Set<string>();
  scores.forEach((s, index) => {
    if (!keys.includes(s.dimensionKey)) {
      problems.problem(
        `/scores/${index}/dimensionKey`,
        'not_found',
        `The model has no dimension with this key; it has ${keys.join(', ')}.`,
      );
    } else if (seen.has(s.dimensionKey)) {
      problems.problem(`/scores/${index}/dimensionKey`, 'duplicate', 'This dimension is already scored.');
    }
    seen.add(s.dimensionKey);
    if (s.score > levels) problems.problem(`/scores/${index}/score`, 'too_big', `At most ${levels}, the model's highest level.`);
  });
}

/** One assessment per organisation, model and date. */
async function assertDateFree(db: Executor, row: repo.AssessmentRow): Promise<void> {
  const existing = await repo.findSameDay(db, row);
  if (existing && existing.id !== row.id) {
    throw conflict(SAME_DAY, {
      id: existing.id,
      href: `/api/v1/workspaces/${row.workspaceId}/assessments/${existing.id}`,
    });
  }
}

export async function createAssessment(ctx: AppContext, actor: WorkspaceActor, input: CreateAssessment): Promise<Assessment> {
  const now = nowIso();
  const row: repo.AssessmentRow = {
    id: newId(),
    workspaceId: actor.workspaceId,
    organisationId: input.organisationId,
    modelId: input.modelId,
    assessedOn: input.assessedOn,
    assessorId: input.assessorId ?? null,
    summary: input.summary ?? null,
    version: 1,
    createdAt: now,
    updatedAt: now,
  };
  return ctx.db.kysely.transaction().execute(async (trx) => {
    const order = await check(trx, actor, input.modelId, input);
    await assertDateFree(trx, row);
    await conflictOnUnique(() => repo.insertAssessment(trx, row), SAME_DAY);
    await repo.replaceScores(trx, actor.workspaceId, row.id, input.scores, order);
    await auditByActor(trx, actor, 'create', 'assessment', row.id);
    return (await repo.presentAssessments(trx, [row]))[0] as Assessment;
  });
}

export async function updateAssessment(
  ctx: AppContext,
  actor: WorkspaceActor,
  id: string,
  expected: number,
  input: UpdateAssessment,
): Promise<Assessment> {
  return ctx.db.kysely.transaction().execute(async (trx) => {
    const current = await repo.findAssessment(trx, actor.workspaceId, id);
    if (!current) throw notFound('Assessment');
    assertVersion(current, expected);
    const order = await check(trx, actor, current.modelId, input);
    const { scores, ...fields } = input;
    const changes = { ...fields, updatedAt: nowIso() };
    const updated = { ...current, ...changes, version: expected + 1 };
    await assertDateFree(trx, updated);
    if (!(await conflictOnUnique(() => repo.updateAssessment(trx, id, expected, changes), SAME_DAY)))
      throw preconditionFailed(current.version);
    if (scores !== undefined) await repo.replaceScores(trx, actor.workspaceId, id, scores, order);
    await auditByActor(trx, actor, 'update', 'assessment', id);
    return (await repo.presentAssessments(trx, [updated]))[0] as Assessment;
  });
}

/** Deletes an assessment with its scores and the notes on it. */
export function deleteAssessment(ctx: AppContext, actor: WorkspaceActor, id: string): Promise<void> {
  return deleteRecord(ctx, actor, id, { table: 'assessments', noun: 'Assessment', auditType: 'assessment', notes: 'assessment' });
}
