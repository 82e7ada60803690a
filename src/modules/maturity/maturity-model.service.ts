import type { Kysely } from 'kysely';
import type { AppContext } from '../../app/context.ts';
import type { Database } from '../../db/schema.ts';
import { conflict, notFound, preconditionFailed } from '../../http/errors.ts';
import { assertVersion } from '../../http/etag.ts';
import type { WorkspaceActor } from '../../http/route.ts';
import { nowIso } from '../../lib/clock.ts';
import { newId } from '../../lib/ids.ts';
import { fold } from '../../lib/text.ts';
import { auditByActor } from '../audit/audit.repository.ts';
import { ReferenceCheck } from '../method/reference-check.ts';
import { assertNameFree, conflictOnUnique } from '../method/unique-name.ts';
import type { ModelTexts } from './default-model.ts';
import * as repo from './maturity-model.repository.ts';
import type { CreateMaturityModel, MaturityModel, UpdateMaturityModel } from './maturity-model.schema.ts';

type Executor = Kysely<Database>;
type Content = Pick<ModelTexts, 'levels' | 'dimensions'>;
const NAME_TAKEN = 'Another maturity model in this workspace has this name.';

export async function getModel(ctx: AppContext, workspaceId: string, id: string): Promise<MaturityModel> {
  const row = await repo.findModel(ctx.db.kysely, workspaceId, id);
  if (!row) throw notFound('Maturity model');
  return repo.presentModel(row);
}

/** Every dimension key once, and a description for every level of every dimension. */
function checkContent(db: Executor, workspaceId: string, content: Content): Promise<void> {
  const problems = new ReferenceCheck(db, workspaceId);
  const seen = new Set<string>();
  content.dimensions.forEach((dimension, index) => {
    if (seen.has(dimension.key)) problems.problem(`/dimensions/${index}/key`, 'duplicate', 'Another dimension of this model has this key.');
    seen.add(dimension.key);
    const count = dimension.levelDescriptions.length;
    if (count !== content.levels.length) {
      problems.problem(
        `/dimensions/${index}/levelDescriptions`,
        count < content.levels.length ? 'too_small' : 'too_big',
        `Give one description per level: ${content.levels.length}.`,
      );
    }
  });
  return problems.verify();
}

function assertOwnModel(row: repo.MaturityModelRow): void {
  if (row.builtIn !== null) throw conflict('The built-in model is read-only; copy it to change it.');
}

/** A model with assessments keeps the dimension keys and enough levels for the scores given. */
async function assertFitsAssessments(db: Executor, modelId: string, content: Content): Promise<void> {
  const usage = await repo.modelUsage(db, modelId);
  if (usage.assessments === 0) return;
  const keys = new Set(content.dimensions.map((d) => d.key));
  const missing = usage.keys.filter((key) => !keys.has(key));
  if (missing.length > 0 || content.levels.length < usage.maxScore) {
    throw conflict(
      `This model has ${usage.assessments} assessments: keep the dimensions ${usage.keys.join(', ')} and at least ${usage.maxScore} levels.`,
    );
  }
}

function newRow(workspaceId: string, input: Omit<CreateMaturityModel, keyof Content> & Content): repo.MaturityModelRow {
  const now = nowIso();
  return {
    id: newId(),
    workspaceId,
    name: input.name,
    sortName: fold(input.name),
    description: input.description ?? null,
    source: input.source ?? null,
    licence: input.licence ?? null,
    builtIn: null,
    levels: JSON.stringify(input.levels),
    dimensions: JSON.stringify(input.dimensions),
    version: 1,
    createdAt: now,
    updatedAt: now,
  };
}

async function insert(db: Executor, actor: WorkspaceActor, row: repo.MaturityModelRow): Promise<MaturityModel> {
  await assertNameFree(db, 'maturityModels', actor.workspaceId, row.sortName);
  await conflictOnUnique(() => repo.insertModel(db, row), NAME_TAKEN);
  await auditByActor(db, actor, 'create', 'maturity_model', row.id);
  return repo.presentModel(row);
}

export async function createModel(ctx: AppContext, actor: WorkspaceActor, input: CreateMaturityModel): Promise<MaturityModel> {
  const content = { levels: input.levels.map(withDescription), dimensions: input.dimensions.map(withDescription) };
  return ctx.db.kysely.transaction().execute(async (trx) => {
    await checkContent(trx, actor.workspaceId, content);
    // The built-in model first, so that its name stays its own.
    await repo.ensureDefaultModel(trx, actor.workspaceId);
    return insert(trx, actor, newRow(actor.workspaceId, { ...input, ...content }));
  });
}

/** Optional descriptions stored as null, so stored and presented models look alike. */
const withDescription = <D extends { description?: string | null }>(d: D) => ({ ...d, description: d.description ?? null });

/** Copies a model (the built-in one included) under a new name, as the workspace's own. */
export async function copyModel(ctx: AppContext, actor: WorkspaceActor, id: string, name: string): Promise<MaturityModel> {
  return ctx.db.kysely.transaction().execute(async (trx) => {
    const source = await repo.findModel(trx, actor.workspaceId, id);
    if (!source) throw notFound('Maturity model');
    const model = repo.presentModel(source);
    const { levels, dimensions } = repo.contentOf(source);
    return insert(trx, actor, newRow(actor.workspaceId, { ...model, name, levels, dimensions }));
  });
}

export async function updateModel(
  ctx: AppContext,
  actor: WorkspaceActor,
  id: string,
  expected: number,
  input: UpdateMaturityModel,
): Promise<MaturityModel> {
  return ctx.db.kysely.transaction().execute(async (trx) => {
    const current = await repo.findModel(trx, actor.workspaceId, id);
    if (!current) throw notFound('Maturity model');
    assertOwnModel(current);
    assertVersion(current, expected);
    const stored = repo.contentOf(current);
    const content = {
      levels: input.levels?.map(withDescription) ?? stored.levels,
      dimensions: input.dimensions?.map(withDescription) ?? stored.dimensions,
    };
    await checkContent(trx, actor.workspaceId, content);
    await assertFitsAssessments(trx, id, content);
    const { levels: _levels, dimensions: _dimensions, ...fields } = input;
    const changes = {
      ...fields,
      ...(input.name !== undefined ? { sortName: fold(input.name) } : {}),
      ...(input.levels !== undefined ? { levels: JSON.stringify(content.levels) } : {}),
      ...(input.dimensions !== undefined ? { dimensions: JSON.stringify(content.dimensions) } : {}),
      updatedAt: nowIso(),
    };
    if (changes.sortName !== undefined) await assertNameFree(trx, 'maturityModels', actor.workspaceId, changes.sortName, id);
    if (!(await conflictOnUnique(() => repo.updateModel(trx, id, expected, changes), NAME_TAKEN)))
      throw preconditionFailed(current.version);
    await auditByActor(trx, actor, 'update', 'maturity_model', id);
    return repo.presentModel({ ...current, ...changes, version: expected + 1 });
  });
}

/** Deletes a workspace's own model that has no assessments. */
export async function deleteModel(ctx: AppContext, actor: WorkspaceActor, id: string): Promise<void> {
  await ctx.db.kysely.transaction().execute(async (trx) => {
    const current = await repo.findModel(trx, actor.workspaceId, id);
    if (!current) throw notFound('Maturity model');
    assertOwnModel(current);
    const usage = await repo.modelUsage(trx, id);
    if (usage.assessments > 0) throw conflict(`This model has ${usage.assessments} assessments; delete those first.`);
    await repo.deleteModel(trx, actor.workspaceId, id);
    await auditByActor(trx, actor, 'delete', 'maturity_model', id);
  });
}
