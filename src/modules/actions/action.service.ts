import type { AppContext } from '../../app/context.ts';
import { notFound, preconditionFailed } from '../../http/errors.ts';
import { assertVersion } from '../../http/etag.ts';
import type { WorkspaceActor } from '../../http/route.ts';
import { nowIso } from '../../lib/clock.ts';
import { newId } from '../../lib/ids.ts';
import { auditByActor } from '../audit/audit.repository.ts';
import { ReferenceCheck } from '../interactions/references.ts';
import * as repo from './action.repository.ts';
import type { Action, CreateAction, ListActionsQuery, UpdateAction } from './action.schema.ts';

type Executor = AppContext['db']['kysely'];

/** Adds the action's broken references, under `prefix` (e.g. /followUps/0 when logged with an interaction). */
export async function checkActionReferences(check: ReferenceCheck, input: UpdateAction, prefix = ''): Promise<void> {
  await check.one('interactions', `${prefix}/interactionId`, input.interactionId);
  await check.one('people', `${prefix}/ownerPersonId`, input.ownerPersonId);
  await check.member(`${prefix}/ownerUserId`, input.ownerUserId);
}

async function checkReferences(db: Executor, workspaceId: string, input: UpdateAction): Promise<void> {
  const check = new ReferenceCheck(db, workspaceId);
  await checkActionReferences(check, input);
  check.throwIfAny();
}

export async function getAction(ctx: AppContext, workspaceId: string, id: string): Promise<Action> {
  const row = await repo.findAction(ctx.db.kysely, workspaceId, id);
  if (!row) throw notFound('Action');
  return repo.presentAction(row);
}

/** The list filters with `owner=me` resolved to the user and the person they are in this workspace. */
export async function resolveFilters(ctx: AppContext, actor: WorkspaceActor, query: ListActionsQuery): Promise<repo.ActionFilters> {
  const { owner, ...rest } = query;
  if (owner !== 'me') return rest;
  return {
    ...rest,
    ownedBy: { userId: actor.userId, personId: await repo.memberPersonId(ctx.db.kysely, actor.workspaceId, actor.userId) },
  };
}

/** A new action row; done ones record when. */
export function newActionRow(workspaceId: string, input: CreateAction, now = nowIso()): repo.ActionRow {
  const dueOn = input.dueOn ?? null;
  return {
    id: newId(),
    workspaceId,
    interactionId: input.interactionId ?? null,
    title: input.title,
    ownerPersonId: input.ownerPersonId ?? null,
    ownerUserId: input.ownerUserId ?? null,
    dueOn,
    sortDue: dueOn ?? repo.NO_DUE_DATE,
    done: input.done ? 1 : 0,
    doneAt: input.done ? now : null,
    version: 1,
    createdAt: now,
    updatedAt: now,
  };
}

/** Inserts actions and audits each, in the caller's transaction. */
export async function insertActions(db: Executor, actor: WorkspaceActor, rows: repo.ActionRow[]): Promise<void> {
  for (const row of rows) {
    await repo.insertAction(db, row);
    await auditByActor(db, actor, 'create', 'action', row.id);
  }
}

export async function createAction(ctx: AppContext, actor: WorkspaceActor, input: CreateAction): Promise<Action> {
  const row = newActionRow(actor.workspaceId, input);
  return ctx.db.kysely.transaction().execute(async (trx) => {
    await checkReferences(trx, actor.workspaceId, input);
    await insertActions(trx, actor, [row]);
    return repo.presentAction(row);
  });
}

/** Changes an action; marking it done records when, undoing it clears that. */
export async function updateAction(
  ctx: AppContext,
  actor: WorkspaceActor,
  id: string,
  expected: number,
  input: UpdateAction,
): Promise<Action> {
  return ctx.db.kysely.transaction().execute(async (trx) => {
    const current = await repo.findAction(trx, actor.workspaceId, id);
    if (!current) throw notFound('Action');
    assertVersion(current, expected);
    await checkReferences(trx, actor.workspaceId, input);
    const now = nowIso();
    const { done, ...fields } = input;
    const changes: Partial<repo.ActionRow> = {
      ...fields,
      ...(input.dueOn !== undefined ? { sortDue: input.dueOn ?? repo.NO_DUE_DATE } : {}),
      ...(done !== undefined && done !== (current.done === 1) ? { done: done ? 1 : 0, doneAt: done ? now : null } : {}),
      updatedAt: now,
    };
    if (!(await repo.updateAction(trx, id, expected, changes))) throw preconditionFailed(current.version);
    await auditByActor(trx, actor, 'update', 'action', id);
    return repo.presentAction({ ...current, ...changes, version: expected + 1 });
  });
}

export async function deleteAction(ctx: AppContext, actor: WorkspaceActor, id: string): Promise<void> {
  await ctx.db.kysely.transaction().execute(async (trx) => {
    if (!(await repo.findAction(trx, actor.workspaceId, id))) throw notFound('Action');
    await repo.deleteAction(trx, actor.workspaceId, id);
    await auditByActor(trx, actor, 'delete', 'action', id);
  });
}
