import type { AppContext } from '../../app/context.ts';
import { toPage } from '../../db/keyset.ts';
import { crudRoutes } from '../../http/crud-routes.ts';
import * as repo from './action.repository.ts';
import { actionPage, actionSchema, createActionBody, listActionsQuery, updateActionBody } from './action.schema.ts';
import * as service from './action.service.ts';

/** Follow-up actions, of an interaction or on their own; `owner=me&done=false&dueBefore=` gives one's overdue ones. */
export function actionRoutes(ctx: AppContext) {
  return crudRoutes({
    tag: 'actions',
    collection: 'actions',
    idParam: 'actionId',
    singular: 'Action',
    plural: 'Actions',
    schema: actionSchema,
    page: actionPage,
    listQuery: listActionsQuery,
    createBody: createActionBody,
    updateBody: updateActionBody,
    list: async (actor, query, request) => {
      const rows = await repo.listActions(ctx.db.kysely, actor.workspaceId, await service.resolveFilters(ctx, actor, query));
      return toPage(rows, query.limit, request, (row) => repo.actionCursor(row, query.sort), repo.presentAction);
    },
    get: (actor, id) => service.getAction(ctx, actor.workspaceId, id),
    create: (actor, body) => service.createAction(ctx, actor, body),
    update: (actor, id, expected, body) => service.updateAction(ctx, actor, id, expected, body),
    remove: (actor, id) => service.deleteAction(ctx, actor, id),
  });
}
