import type { AppContext } from '../../app/context.ts';
import { toPage } from '../../db/keyset.ts';
import { crudRoutes } from '../../http/crud-routes.ts';
import * as repo from './decision.repository.ts';
import { createDecisionBody, decisionPage, decisionSchema, listDecisionsQuery, updateDecisionBody } from './decision.schema.ts';
import * as service from './decision.service.ts';

/** Decisions (step 5): what a body decided, with the interactions that informed it and the initiatives it started. */
export function decisionRoutes(ctx: AppContext) {
  return crudRoutes({
    tag: 'decisions',
    collection: 'decisions',
    idParam: 'decisionId',
    singular: 'Decision',
    plural: 'Decisions',
    schema: decisionSchema,
    page: decisionPage,
    listQuery: listDecisionsQuery,
    createBody: createDecisionBody,
    updateBody: updateDecisionBody,
    list: async (actor, query, request) => {
      const rows = await repo.listDecisions(ctx.db.kysely, actor.workspaceId, query);
      const page = toPage(
        rows,
        query.limit,
        request,
        (row) => repo.decisionCursor(row, query.sort),
        (row) => row,
      );
      return { ...page, data: await repo.presentDecisions(ctx.db.kysely, page.data) };
    },
    get: (actor, id) => service.getDecision(ctx, actor.workspaceId, id),
    create: (actor, body) => service.createDecision(ctx, actor, body),
    update: (actor, id, expected, body) => service.updateDecision(ctx, actor, id, expected, body),
    remove: (actor, id) => service.deleteDecision(ctx, actor, id),
  });
}
