/**
 * Influence queries (paths, introductions, reach, what-if, recommendations): resolve who
 * is asking from, send the query to the querying worker and stamp the answer.
 */
import type { AppContext } from '../../app/context.ts';
import { badRequest, notFound } from '../../http/errors.ts';
import type { WorkspaceActor } from '../../http/route.ts';
import { todayIso } from '../../lib/clock.ts';
import { findThemeOrganisationIds } from '../graph/graph.repository.ts';
import { findOwnPersonId, listDecisionMakers } from './analytics.repository.ts';
import { runQuery } from './analytics.service.ts';
import type { Reach, ReachQuery, Recommendations, RecommendationsQuery, WhatIf, WhatIfQuery } from './influence.schema.ts';

/**
 * The start of a query: the `from` given, or else the member's own person; a 400 naming
 * `from` when neither is there.
 */
export async function startOf(ctx: AppContext, actor: WorkspaceActor, from: string | undefined, parameter = 'from'): Promise<string> {
  if (from !== undefined) return from;
  const own = await findOwnPersonId(ctx.db.kysely, actor.workspaceId, actor.userId);
  if (own !== null) return own;
  const detail = `Give ${parameter}, or say which person you are in this network first (PATCH /api/v1/workspaces/${actor.workspaceId}/members/me).`;
  throw badRequest(detail, [{ in: 'query', location: { name: parameter }, code: 'own_person_not_set', detail }]);
}

/** Reach in 1–3 steps, and with a theme the share of its decision-makers within 2 steps. */
export async function getReach(ctx: AppContext, actor: WorkspaceActor, query: ReachQuery): Promise<Reach> {
  const from = await startOf(ctx, actor, query.from);
  const decisionMakers = query.themeId ? await decisionMakersOf(ctx, actor.workspaceId, query.themeId) : null;
  const answer = await runQuery<Omit<Reach, 'theme'> & { theme: Omit<NonNullable<Reach['theme']>, 'themeId'> | null }>(
    ctx,
    { workspaceId: actor.workspaceId, projection: query.projection },
    'reach',
    { from, decisionMakers },
  );
  return { ...answer, theme: answer.theme && { themeId: query.themeId!, ...answer.theme } };
}

/** What changes if a person leaves; the part that stays is the one with the member's own person. */
export async function getWhatIfLeaves(ctx: AppContext, actor: WorkspaceActor, query: WhatIfQuery): Promise<WhatIf> {
  const keep = await findOwnPersonId(ctx.db.kysely, actor.workspaceId, actor.userId);
  return runQuery<WhatIf>(ctx, { workspaceId: actor.workspaceId, projection: query.projection }, 'whatIfLeaves', {
    leaver: query.personId,
    keep,
  });
}

/** The decision-makers of a theme (404 for an unknown theme), or of the whole workspace. */
async function decisionMakersOf(ctx: AppContext, workspaceId: string, themeId: string | undefined): Promise<string[]> {
  if (themeId && !(await findThemeOrganisationIds(ctx.db.kysely, workspaceId, themeId))) throw notFound('Theme');
  return listDecisionMakers(ctx.db.kysely, workspaceId, themeId, todayIso());
}

/** Recommendations for the member: decision-makers out of reach, brokers to meet, strong ties going stale. */
export async function getRecommendations(ctx: AppContext, actor: WorkspaceActor, query: RecommendationsQuery): Promise<Recommendations> {
  const from = await startOf(ctx, actor, query.from);
  const decisionMakers = await decisionMakersOf(ctx, actor.workspaceId, query.themeId);
  return runQuery<Recommendations>(ctx, { workspaceId: actor.workspaceId, projection: query.projection }, 'recommendations', {
    from,
    decisionMakers,
  });
}
