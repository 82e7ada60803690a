import { z } from 'zod';
import type { AppContext } from '../../app/context.ts';
import { crudRoutes } from '../../http/crud-routes.ts';
import { toPage } from '../../db/keyset.ts';
import { defineRoute } from '../../http/route.ts';
import { recordParams } from '../../http/schemas.ts';
import * as repo from './organisation.repository.ts';
import {
  createOrganisationBody,
  listOrganisationsQuery,
  organisationPage,
  organisationSchema,
  updateOrganisationBody,
} from './organisation.schema.ts';
import * as service from './organisation.service.ts';

/** Organisations and their units. */
export function organisationRoutes(ctx: AppContext) {
  return [
    ...crudRoutes({
      tag: 'organisations',
      collection: 'organisations',
      idParam: 'organisationId',
      singular: 'Organisation',
      plural: 'Organisations',
      schema: organisationSchema,
      page: organisationPage,
      listQuery: listOrganisationsQuery,
      createBody: createOrganisationBody,
      updateBody: updateOrganisationBody,
      writeErrors: [409],
      memberReads: {
        list: async (reader, query, request) => {
          const rows = await repo.listOrganisations(ctx.db.kysely, reader.workspaceId, query, reader.check);
          return toPage(rows, query.limit, request, (row) => repo.organisationCursor(row, query.sort), repo.presentOrganisation);
        },
        get: (reader, id) => service.getOrganisation(ctx, reader.workspaceId, id, reader.check),
      },
      create: (actor, body) => service.createOrganisation(ctx, actor, body),
      update: (actor, id, expected, body) => service.updateOrganisation(ctx, actor, id, expected, body),
      remove: (actor, id) => service.deleteOrganisation(ctx, actor, id),
    }),
    defineRoute({
      method: 'GET',
      url: '/api/v1/workspaces/:workspaceId/organisations/:organisationId/units',
      operationId: 'listOrganisationUnits',
      summary: 'Every unit under an organisation, at any depth, each with its parentId.',
      tag: 'organisations',
      access: { workspace: 'viewer' },
      params: recordParams('organisationId'),
      success: { status: 200, description: 'The units.', schema: z.object({ data: z.array(organisationSchema), links: z.object({}) }) },
      handler: async ({ actor, params }) => ({ data: await service.listUnits(ctx, actor.workspaceId, params.organisationId), links: {} }),
    }),
  ];
}
