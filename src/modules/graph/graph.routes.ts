import type { AppContext } from '../../app/context.ts';
import { expectedVersion, sendEtag } from '../../http/etag.ts';
import { defineRoute } from '../../http/route.ts';
import { workspaceParams } from '../../http/schemas.ts';
import * as layouts from './graph-layout.service.ts';
import { graphLayoutSchema, graphQuery, graphSchema, layoutParams, putGraphLayoutBody } from './graph.schema.ts';
import { getGraph } from './graph.service.ts';

const tag = 'graph';

/** The network picture and its stored layouts. */
export function graphRoutes(ctx: AppContext) {
  return [
    defineRoute({
      method: 'GET',
      url: '/api/v1/workspaces/:workspaceId/graph',
      operationId: 'getGraph',
      summary: 'The network as nodes (people, organisations) and edges (relations): the whole workspace or around a centre.',
      tag,
      access: { workspace: 'viewer' },
      params: workspaceParams,
      query: graphQuery,
      success: { status: 200, description: 'The nodes and edges.', schema: graphSchema },
      handler: async ({ actor, query }) => getGraph(ctx, actor.workspaceId, query),
    }),
    defineRoute({
      method: 'GET',
      url: '/api/v1/workspaces/:workspaceId/graph-layouts/:key',
      operationId: 'getGraphLayout',
      summary: 'The stored node positions of a network picture.',
      tag,
      access: { workspace: 'viewer' },
      params: layoutParams,
      success: { status: 200, description: 'The layout.', schema: graphLayoutSchema, etag: true },
      handler: async ({ actor, params, reply }) => {
        const layout = await layouts.getLayout(ctx, actor.workspaceId, params.key);
        sendEtag(reply, layout);
        return layout;
      },
    }),
    defineRoute({
      method: 'PUT',
      url: '/api/v1/workspaces/:workspaceId/graph-layouts/:key',
      operationId: 'putGraphLayout',
      summary: 'Create or replace the node positions of a network picture (201 when new); If-Match is honoured when sent.',
      tag,
      access: { workspace: 'editor' },
      params: layoutParams,
      body: putGraphLayoutBody,
      success: { status: 200, description: 'The layout as stored.', schema: graphLayoutSchema, etag: true },
      errors: [412],
      handler: async ({ actor, params, body, request, reply }) => {
        const expected = request.headers['if-match'] === undefined ? undefined : expectedVersion(request);
        const { layout, created } = await layouts.saveLayout(ctx, actor, params.key, body.positions, expected);
        sendEtag(reply, layout);
        if (created) reply.code(201);
        return layout;
      },
    }),
  ];
}
