import type { AppContext } from '../../app/context.ts';
import { crudRoutes } from '../../http/crud-routes.ts';
import { sendEtag } from '../../http/etag.ts';
import { defineRoute } from '../../http/route.ts';
import { recordParams } from '../../http/schemas.ts';
import { recordPage } from '../method/record-page.ts';
import * as repo from './maturity-model.repository.ts';
import {
  copyMaturityModelBody,
  createMaturityModelBody,
  listMaturityModelsQuery,
  maturityModelPage,
  maturityModelSchema,
  updateMaturityModelBody,
} from './maturity-model.schema.ts';
import * as service from './maturity-model.service.ts';
import { comparisonQuery, comparisonSchema } from './comparison.schema.ts';
import { compare } from './comparison.service.ts';

/** Maturity models (step 3): dimensions × levels as data; Kring's own model is built in and read-only. */
export function maturityModelRoutes(ctx: AppContext) {
  return [
    ...crudRoutes({
      tag: 'maturity-models',
      collection: 'maturity-models',
      idParam: 'modelId',
      singular: 'MaturityModel',
      plural: 'MaturityModels',
      schema: maturityModelSchema,
      page: maturityModelPage,
      listQuery: listMaturityModelsQuery,
      createBody: createMaturityModelBody,
      updateBody: updateMaturityModelBody,
      writeErrors: [409],
      deleteErrors: [409],
      list: async (actor, query, request) => {
        // The built-in model is written on a workspace's first look at its models.
        await repo.ensureDefaultModel(ctx.db.kysely, actor.workspaceId);
        const rows = await repo.listModels(ctx.db.kysely, actor.workspaceId, query);
        return recordPage(rows, query, request, repo.modelSortColumns, async (page) => page.map(repo.presentModel));
      },
      get: (actor, id) => service.getModel(ctx, actor.workspaceId, id),
      create: (actor, body) => service.createModel(ctx, actor, body),
      update: (actor, id, expected, body) => service.updateModel(ctx, actor, id, expected, body),
      remove: (actor, id) => service.deleteModel(ctx, actor, id),
    }),
    defineRoute({
      method: 'POST',
      url: '/api/v1/workspaces/:workspaceId/maturity-models/:modelId/copies',
      operationId: 'copyMaturityModel',
      summary: "Copy a model (the built-in one too) as the workspace's own, to adapt it.",
      tag: 'maturity-models',
      access: { workspace: 'editor' },
      params: recordParams('modelId'),
      body: copyMaturityModelBody,
      success: { status: 201, description: 'The copy.', schema: maturityModelSchema, etag: true },
      errors: [409],
      handler: async ({ actor, params, body, reply }) => {
        const copy = await service.copyModel(ctx, actor, params.modelId, body.name);
        sendEtag(reply, copy);
        reply.header('Location', `/api/v1/workspaces/${actor.workspaceId}/maturity-models/${copy.id}`);
        return copy;
      },
    }),
    defineRoute({
      method: 'GET',
      url: '/api/v1/workspaces/:workspaceId/maturity-models/:modelId/comparison',
      operationId: 'compareMaturity',
      summary: "Compare organisations on a model: each one's latest assessment and trend, per dimension.",
      tag: 'maturity-models',
      access: { workspace: 'viewer' },
      params: recordParams('modelId'),
      query: comparisonQuery,
      success: { status: 200, description: 'The comparison.', schema: comparisonSchema },
      handler: async ({ actor, params, query }) => compare(ctx, actor, params.modelId, query),
    }),
  ];
}
