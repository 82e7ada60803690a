import type { AppContext } from '../../app/context.ts';
import { crudRoutes } from '../../http/crud-routes.ts';
import { recordPage } from '../method/record-page.ts';
import * as repo from './knowledge-item.repository.ts';
import {
  createKnowledgeItemBody,
  knowledgeItemPage,
  knowledgeItemSchema,
  listKnowledgeItemsQuery,
  updateKnowledgeItemBody,
} from './knowledge-item.schema.ts';
import * as service from './knowledge-item.service.ts';

/** Knowledge items (step 3): presentations, trainings and documents shared in a group. */
export function knowledgeItemRoutes(ctx: AppContext) {
  return crudRoutes({
    tag: 'knowledge-items',
    collection: 'knowledge-items',
    idParam: 'knowledgeItemId',
    singular: 'KnowledgeItem',
    plural: 'KnowledgeItems',
    schema: knowledgeItemSchema,
    page: knowledgeItemPage,
    listQuery: listKnowledgeItemsQuery,
    createBody: createKnowledgeItemBody,
    updateBody: updateKnowledgeItemBody,
    list: async (actor, query, request) => {
      const rows = await repo.listKnowledgeItems(ctx.db.kysely, actor.workspaceId, query);
      return recordPage(rows, query, request, repo.knowledgeItemSortColumns, (page) => repo.presentKnowledgeItems(ctx.db.kysely, page));
    },
    get: (actor, id) => service.getKnowledgeItem(ctx, actor.workspaceId, id),
    create: (actor, body) => service.createKnowledgeItem(ctx, actor, body),
    update: (actor, id, expected, body) => service.updateKnowledgeItem(ctx, actor, id, expected, body),
    remove: (actor, id) => service.deleteKnowledgeItem(ctx, actor, id),
  });
}
