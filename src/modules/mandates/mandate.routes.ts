import type { AppContext } from '../../app/context.ts';
import { crudRoutes } from '../../http/crud-routes.ts';
import { recordPage } from '../method/record-page.ts';
import * as repo from './mandate.repository.ts';
import { createMandateBody, listMandatesQuery, mandatePage, mandateSchema, updateMandateBody } from './mandate.schema.ts';
import * as service from './mandate.service.ts';

/** Mandates (step 2): the information manager's role on a theme, as agreed with the client. */
export function mandateRoutes(ctx: AppContext) {
  return crudRoutes({
    tag: 'mandates',
    collection: 'mandates',
    idParam: 'mandateId',
    singular: 'Mandate',
    plural: 'Mandates',
    schema: mandateSchema,
    page: mandatePage,
    listQuery: listMandatesQuery,
    createBody: createMandateBody,
    updateBody: updateMandateBody,
    list: async (actor, query, request) => {
      const rows = await repo.listMandates(ctx.db.kysely, actor.workspaceId, query);
      return recordPage(rows, query, request, repo.mandateSortColumns, async (page) => page.map(repo.presentMandate));
    },
    get: (actor, id) => service.getMandate(ctx, actor.workspaceId, id),
    create: (actor, body) => service.createMandate(ctx, actor, body),
    update: (actor, id, expected, body) => service.updateMandate(ctx, actor, id, expected, body),
    remove: (actor, id) => service.deleteMandate(ctx, actor, id),
  });
}
