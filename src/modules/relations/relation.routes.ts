import { z } from 'zod';
import type { AppContext } from '../../app/context.ts';
import { crudRoutes } from '../../http/crud-routes.ts';
import { toJsonPage } from '../../db/keyset.ts';
import { defineRoute } from '../../http/route.ts';
import { workspaceParams } from '../../http/schemas.ts';
import * as repo from './relation.repository.ts';
import {
  createRelationBody,
  createRelationTypeBody,
  listRelationsQuery,
  relationPage,
  relationSchema,
  relationTypeSchema,
  updateRelationBody,
} from './relation.schema.ts';
import * as service from './relation.service.ts';

/** Relations between people and organisations, and the workspace's relation types. */
export function relationRoutes(ctx: AppContext) {
  return [
    ...crudRoutes({
      tag: 'relations',
      collection: 'relations',
      idParam: 'relationId',
      singular: 'Relation',
      plural: 'Relations',
      schema: relationSchema,
      page: relationPage,
      listQuery: listRelationsQuery,
      createBody: createRelationBody,
      updateBody: updateRelationBody,
      memberReads: {
        list: async (reader, query, request) =>
          toJsonPage(await repo.listRelationsAsJson(ctx.db.kysely, reader.workspaceId, query, reader.check), query.limit, request),
        get: (reader, id) => service.getRelation(ctx, reader.workspaceId, id, reader.check),
      },
      create: (actor, body) => service.createRelation(ctx, actor, body),
      update: (actor, id, expected, body) => service.updateRelation(ctx, actor, id, expected, body),
      remove: (actor, id) => service.deleteRelation(ctx, actor, id),
    }),
    defineRoute({
      method: 'GET',
      url: '/api/v1/workspaces/:workspaceId/relation-types',
      operationId: 'listRelationTypes',
      summary: 'The relation types of the workspace: built in and added.',
      tag: 'relations',
      access: { workspace: 'viewer' },
      params: workspaceParams,
      success: {
        status: 200,
        description: 'Relation types.',
        schema: z.object({ data: z.array(relationTypeSchema), links: z.object({}) }),
      },
      handler: async ({ actor }) => ({ data: await service.listRelationTypes(ctx, actor.workspaceId), links: {} }),
    }),
    defineRoute({
      method: 'POST',
      url: '/api/v1/workspaces/:workspaceId/relation-types',
      operationId: 'createRelationType',
      summary: 'Add a relation type to the workspace vocabulary.',
      tag: 'relations',
      access: { workspace: 'editor' },
      params: workspaceParams,
      body: createRelationTypeBody,
      success: { status: 201, description: 'The new type.', schema: relationTypeSchema },
      errors: [409],
      handler: async ({ actor, body }) => service.addRelationType(ctx, actor, body),
    }),
  ];
}
