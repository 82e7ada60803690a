import type { AppContext } from '../../app/context.ts';
import { toPage } from '../../db/keyset.ts';
import { crudRoutes } from '../../http/crud-routes.ts';
import { defineRoute } from '../../http/route.ts';
import { workspaceParams } from '../../http/schemas.ts';
import * as repo from './contact-cadence.repository.ts';
import {
  contactCadencePage,
  contactCadenceSchema,
  createContactCadenceBody,
  listContactCadencesQuery,
  updateContactCadenceBody,
} from './contact-cadence.schema.ts';
import * as service from './contact-cadence.service.ts';
import { stayInTouchQuery, stayInTouchSchema } from './stay-in-touch.schema.ts';
import { stayInTouch } from './stay-in-touch.service.ts';

const tag = 'stay-in-touch';

/** A member's own contact cadences, and whom they should speak to again. */
export function stayInTouchRoutes(ctx: AppContext) {
  return [
    ...crudRoutes({
      tag,
      collection: 'contact-cadences',
      idParam: 'cadenceId',
      singular: 'ContactCadence',
      plural: 'ContactCadences',
      schema: contactCadenceSchema,
      page: contactCadencePage,
      listQuery: listContactCadencesQuery,
      createBody: createContactCadenceBody,
      updateBody: updateContactCadenceBody,
      writeErrors: [409],
      list: async (actor, query, request) => {
        const rows = await repo.listOwnCadences(ctx.db.kysely, actor.workspaceId, actor.userId, query);
        return toPage(rows, query.limit, request, repo.cadenceCursor, repo.presentCadence);
      },
      get: (actor, id) => service.getCadence(ctx, actor, id),
      create: (actor, body) => service.createCadence(ctx, actor, body),
      update: (actor, id, expected, body) => service.updateCadence(ctx, actor, id, expected, body),
      remove: (actor, id) => service.deleteCadence(ctx, actor, id),
    }),
    defineRoute({
      method: 'GET',
      url: '/api/v1/workspaces/:workspaceId/stay-in-touch',
      operationId: 'getStayInTouch',
      summary: 'People you have not spoken to within their cadence (yours, or as key figures), and your overdue actions.',
      tag,
      access: { workspace: 'viewer' },
      params: workspaceParams,
      query: stayInTouchQuery,
      success: { status: 200, description: 'Whom to contact, most overdue first, and your overdue actions.', schema: stayInTouchSchema },
      handler: async ({ actor, query }) => stayInTouch(ctx, actor, query),
    }),
  ];
}
