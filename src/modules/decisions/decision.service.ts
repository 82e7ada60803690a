import type { AppContext } from '../../app/context.ts';
import { notFound, preconditionFailed } from '../../http/errors.ts';
import { assertVersion } from '../../http/etag.ts';
import type { WorkspaceActor } from '../../http/route.ts';
import { nowIso } from '../../lib/clock.ts';
import { newId } from '../../lib/ids.ts';
import { auditByActor } from '../audit/audit.repository.ts';
import { deleteNotesOn } from '../notes/note.repository.ts';
import { replaceLinkRows } from '../interactions/link-rows.repository.ts';
import { ReferenceCheck } from '../interactions/references.ts';
import * as repo from './decision.repository.ts';
import type { CreateDecision, Decision, UpdateDecision } from './decision.schema.ts';

type Executor = AppContext['db']['kysely'];

async function checkReferences(db: Executor, workspaceId: string, input: UpdateDecision): Promise<void> {
  const check = new ReferenceCheck(db, workspaceId);
  await check.one('organisations', '/bodyId', input.bodyId);
  await check.one('themes', '/themeId', input.themeId);
  await check.ids('interactions', '/interactionIds', input.interactionIds);
  await check.ids('initiatives', '/initiativeIds', input.initiativeIds);
  check.throwIfAny();
}

async function present(db: Executor, row: repo.DecisionRow): Promise<Decision> {
  const [decision] = await repo.presentDecisions(db, [row]);
  return decision as Decision;
}

export async function getDecision(ctx: AppContext, workspaceId: string, id: string): Promise<Decision> {
  const row = await repo.findDecision(ctx.db.kysely, workspaceId, id);
  if (!row) throw notFound('Decision');
  return present(ctx.db.kysely, row);
}

async function writeLinks(db: Executor, workspaceId: string, id: string, input: UpdateDecision): Promise<void> {
  if (input.interactionIds !== undefined) await replaceLinkRows(db, 'decisionInteractions', workspaceId, id, input.interactionIds);
  if (input.initiativeIds !== undefined) await replaceLinkRows(db, 'decisionInitiatives', workspaceId, id, input.initiativeIds);
}

export async function createDecision(ctx: AppContext, actor: WorkspaceActor, input: CreateDecision): Promise<Decision> {
  const now = nowIso();
  const row: repo.DecisionRow = {
    id: newId(),
    workspaceId: actor.workspaceId,
    title: input.title,
    bodyId: input.bodyId ?? null,
    date: input.date,
    themeId: input.themeId ?? null,
    outcome: input.outcome ?? 'pending',
    amountCents: input.amountCents ?? null,
    description: input.description ?? null,
    version: 1,
    createdAt: now,
    updatedAt: now,
  };
  return ctx.db.kysely.transaction().execute(async (trx) => {
    await checkReferences(trx, actor.workspaceId, input);
    await repo.insertDecision(trx, row);
    await writeLinks(trx, actor.workspaceId, row.id, input);
    await auditByActor(trx, actor, 'create', 'decision', row.id);
    return present(trx, row);
  });
}

export async function updateDecision(
  ctx: AppContext,
  actor: WorkspaceActor,
  id: string,
  expected: number,
  input: UpdateDecision,
): Promise<Decision> {
  return ctx.db.kysely.transaction().execute(async (trx) => {
    const current = await repo.findDecision(trx, actor.workspaceId, id);
    if (!current) throw notFound('Decision');
    assertVersion(current, expected);
    await checkReferences(trx, actor.workspaceId, input);
    const { interactionIds: _interactions, initiativeIds: _initiatives, ...fields } = input;
    const changes = { ...fields, updatedAt: nowIso() };
    if (!(await repo.updateDecision(trx, id, expected, changes))) throw preconditionFailed(current.version);
    await writeLinks(trx, actor.workspaceId, id, input);
    await auditByActor(trx, actor, 'update', 'decision', id);
    return present(trx, { ...current, ...changes, version: expected + 1 });
  });
}

/** Deletes a decision with its links and the notes on it. */
export async function deleteDecision(ctx: AppContext, actor: WorkspaceActor, id: string): Promise<void> {
  await ctx.db.kysely.transaction().execute(async (trx) => {
    if (!(await repo.findDecision(trx, actor.workspaceId, id))) throw notFound('Decision');
    await deleteNotesOn(trx, actor.workspaceId, 'decision', [id]);
    await repo.deleteDecision(trx, actor.workspaceId, id);
    await auditByActor(trx, actor, 'delete', 'decision', id);
  });
}
