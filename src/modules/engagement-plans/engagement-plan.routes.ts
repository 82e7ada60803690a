import type { AppContext } from '../../app/context.ts';
import { toPage } from '../../db/keyset.ts';
import { crudRoutes } from '../../http/crud-routes.ts';
import * as repo from './engagement-plan.repository.ts';
import {
  createEngagementPlanBody,
  engagementPlanPage,
  engagementPlanSchema,
  listEngagementPlansQuery,
  updateEngagementPlanBody,
} from './engagement-plan.schema.ts';
import * as service from './engagement-plan.service.ts';

/** Engagement plans (step 5): per stakeholder and theme, the level, key message, channel, owner and next step. */
export function engagementPlanRoutes(ctx: AppContext) {
  return crudRoutes({
    tag: 'engagement-plans',
    collection: 'engagement-plans',
    idParam: 'planId',
    singular: 'EngagementPlan',
    plural: 'EngagementPlans',
    schema: engagementPlanSchema,
    page: engagementPlanPage,
    listQuery: listEngagementPlansQuery,
    createBody: createEngagementPlanBody,
    updateBody: updateEngagementPlanBody,
    writeErrors: [409],
    list: async (actor, query, request) => {
      const rows = await repo.listPlans(ctx.db.kysely, actor.workspaceId, query);
      const page = toPage(
        rows,
        query.limit,
        request,
        (row) => repo.planCursor(row, query.sort),
        (row) => row,
      );
      return { ...page, data: await repo.presentPlans(ctx.db.kysely, page.data) };
    },
    get: (actor, id) => service.getPlan(ctx, actor.workspaceId, id),
    create: (actor, body) => service.createPlan(ctx, actor, body),
    update: (actor, id, expected, body) => service.updatePlan(ctx, actor, id, expected, body),
    remove: (actor, id) => service.deletePlan(ctx, actor, id),
  });
}
