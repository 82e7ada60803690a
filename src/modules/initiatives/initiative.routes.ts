import type { AppContext } from '../../app/context.ts';
import { crudRoutes } from '../../http/crud-routes.ts';
import { recordPage } from '../method/record-page.ts';
import * as repo from './initiative.repository.ts';
import { createInitiativeBody, initiativePage, initiativeSchema, listInitiativesQuery, updateInitiativeBody } from './initiative.schema.ts';
import * as service from './initiative.service.ts';

/** Initiatives (steps 2 and 5): projects, pilots, organisational questions, shared solutions and hires. */
export function initiativeRoutes(ctx: AppContext) {
  return crudRoutes({
    tag: 'initiatives',
    collection: 'initiatives',
    idParam: 'initiativeId',
    singular: 'Initiative',
    plural: 'Initiatives',
    schema: initiativeSchema,
    page: initiativePage,
    listQuery: listInitiativesQuery,
    createBody: createInitiativeBody,
    updateBody: updateInitiativeBody,
    list: async (actor, query, request) => {
      const rows = await repo.listInitiatives(ctx.db.kysely, actor.workspaceId, query);
      return recordPage(rows, query, request, repo.initiativeSortColumns, (page) => repo.presentInitiatives(ctx.db.kysely, page));
    },
    get: (actor, id) => service.getInitiative(ctx, actor.workspaceId, id),
    create: (actor, body) => service.createInitiative(ctx, actor, body),
    update: (actor, id, expected, body) => service.updateInitiative(ctx, actor, id, expected, body),
    remove: (actor, id) => service.deleteInitiative(ctx, actor, id),
  });
}
