import type { AppContext } from '../../app/context.ts';
import { conflict, notFound, preconditionFailed } from '../../http/errors.ts';
import { assertVersion } from '../../http/etag.ts';
import type { WorkspaceActor } from '../../http/route.ts';
import { nowIso } from '../../lib/clock.ts';
import { newId } from '../../lib/ids.ts';
import { auditByActor } from '../audit/audit.repository.ts';
import { ReferenceCheck, uniqueOr409 } from '../interactions/references.ts';
import * as repo from './engagement-plan.repository.ts';
import type { CreateEngagementPlan, EngagementPlan, UpdateEngagementPlan } from './engagement-plan.schema.ts';

type Executor = AppContext['db']['kysely'];

const TWICE = 'This stakeholder already has an engagement plan on this theme; change that one.';

async function present(db: Executor, row: repo.PlanRow): Promise<EngagementPlan> {
  const [plan] = await repo.presentPlans(db, [row]);
  return plan as EngagementPlan;
}

export async function getPlan(ctx: AppContext, workspaceId: string, id: string): Promise<EngagementPlan> {
  const row = await repo.findPlan(ctx.db.kysely, workspaceId, id);
  if (!row) throw notFound('Engagement plan');
  return present(ctx.db.kysely, row);
}

/** One plan per stakeholder and theme; a second is a conflict that names the first. */
export async function createPlan(ctx: AppContext, actor: WorkspaceActor, input: CreateEngagementPlan): Promise<EngagementPlan> {
  return ctx.db.kysely.transaction().execute(async (trx) => {
    const check = new ReferenceCheck(trx, actor.workspaceId);
    await check.one('themes', '/themeId', input.themeId);
    const partyType = await check.party('/partyId', input.partyId);
    await check.one('people', '/ownerId', input.ownerId);
    check.throwIfAny();
    const existing = await repo.findPlanFor(trx, input.themeId, input.partyId);
    if (existing) {
      throw conflict(TWICE, {
        id: existing.id,
        href: `/api/v1/workspaces/${actor.workspaceId}/engagement-plans/${existing.id}`,
      });
    }
    const now = nowIso();
    const row: repo.PlanRow = {
      id: newId(),
      workspaceId: actor.workspaceId,
      themeId: input.themeId,
      partyId: input.partyId,
      partyType: partyType ?? 'person',
      level: input.level,
      keyMessage: input.keyMessage ?? null,
      channel: input.channel ?? null,
      ownerId: input.ownerId ?? null,
      nextStep: input.nextStep ?? null,
      nextStepDueOn: input.nextStepDueOn ?? null,
      version: 1,
      createdAt: now,
      updatedAt: now,
    };
    await uniqueOr409(repo.insertPlan(trx, row), TWICE);
    await auditByActor(trx, actor, 'create', 'engagement_plan', row.id);
    return present(trx, row);
  });
}

export async function updatePlan(
  ctx: AppContext,
  actor: WorkspaceActor,
  id: string,
  expected: number,
  input: UpdateEngagementPlan,
): Promise<EngagementPlan> {
  return ctx.db.kysely.transaction().execute(async (trx) => {
    const current = await repo.findPlan(trx, actor.workspaceId, id);
    if (!current) throw notFound('Engagement plan');
    assertVersion(current, expected);
    const check = new ReferenceCheck(trx, actor.workspaceId);
    await check.one('people', '/ownerId', input.ownerId);
    check.throwIfAny();
    const changes = { ...input, updatedAt: nowIso() };
    if (!(await repo.updatePlan(trx, id, expected, changes))) throw preconditionFailed(current.version);
    await auditByActor(trx, actor, 'update', 'engagement_plan', id);
    return present(trx, { ...current, ...changes, version: expected + 1 });
  });
}

export async function deletePlan(ctx: AppContext, actor: WorkspaceActor, id: string): Promise<void> {
  await ctx.db.kysely.transaction().execute(async (trx) => {
    if (!(await repo.findPlan(trx, actor.workspaceId, id))) throw notFound('Engagement plan');
    await repo.deletePlan(trx, actor.workspaceId, id);
    await auditByActor(trx, actor, 'delete', 'engagement_plan', id);
  });
}
