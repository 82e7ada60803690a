import type { AppContext } from '../../app/context.ts';
import { crudRoutes } from '../../http/crud-routes.ts';
import { recordPage } from '../method/record-page.ts';
import * as repo from './group.repository.ts';
import { createGroupBody, groupPage, groupSchema, listGroupsQuery, updateGroupBody } from './group.schema.ts';
import * as service from './group.service.ts';

/** Groups (step 3): working groups, regional meetings and data teams, with their members. */
export function groupRoutes(ctx: AppContext) {
  return crudRoutes({
    tag: 'groups',
    collection: 'groups',
    idParam: 'groupId',
    singular: 'Group',
    plural: 'Groups',
    schema: groupSchema,
    page: groupPage,
    listQuery: listGroupsQuery,
    createBody: createGroupBody,
    updateBody: updateGroupBody,
    writeErrors: [409],
    list: async (actor, query, request) => {
      const rows = await repo.listGroups(ctx.db.kysely, actor.workspaceId, query);
      return recordPage(rows, query, request, repo.groupSortColumns, (page) => repo.presentGroups(ctx.db.kysely, page));
    },
    get: (actor, id) => service.getGroup(ctx, actor.workspaceId, id),
    create: (actor, body) => service.createGroup(ctx, actor, body),
    update: (actor, id, expected, body) => service.updateGroup(ctx, actor, id, expected, body),
    remove: (actor, id) => service.deleteGroup(ctx, actor, id),
  });
}
