import type { AppContext } from '../../app/context.ts';
import { defineRoute } from '../../http/route.ts';
import { workspaceParams } from '../../http/schemas.ts';
import {
  communitiesQuery,
  communitiesSchema,
  metricsPageSchema,
  metricsQuery,
  nodeParams,
  nodePositionSchema,
  projectionQuery,
} from './analytics.schema.ts';
import { getCommunities, getNodePosition, listMetrics } from './analytics.service.ts';
import { influenceRoutes } from './influence.routes.ts';

const tag = 'analytics';
const base = '/api/v1/workspaces/:workspaceId/analytics';
/** 503 with Retry-After while a workspace's network is analysed for the first time. */
const errors = [503];

/** Network analytics: metrics, positions and communities, computed in the analytics process and cached per network version. */
export function analyticsRoutes(ctx: AppContext) {
  return [
    defineRoute({
      method: 'GET',
      url: `${base}/metrics`,
      operationId: 'listNodeMetrics',
      summary: 'Every metric of every person and organisation, sorted by any metric and paged.',
      tag,
      access: { workspace: 'viewer' },
      params: workspaceParams,
      query: metricsQuery,
      success: { status: 200, description: 'A page of node metrics, with the analysis they come from.', schema: metricsPageSchema },
      errors,
      handler: async ({ actor, query, request }) => listMetrics(ctx, actor.workspaceId, query, request),
    }),
    defineRoute({
      method: 'GET',
      url: `${base}/metrics/:nodeId`,
      operationId: 'getNodePosition',
      summary: "One person's or organisation's position: every metric with its rank, its brokerage and its community.",
      tag,
      access: { workspace: 'viewer' },
      params: nodeParams,
      query: projectionQuery,
      success: { status: 200, description: 'The position of the node.', schema: nodePositionSchema },
      errors,
      handler: async ({ actor, params, query }) =>
        getNodePosition(ctx, { workspaceId: actor.workspaceId, projection: query.projection }, params.nodeId),
    }),
    defineRoute({
      method: 'GET',
      url: `${base}/communities`,
      operationId: 'listCommunities',
      summary: 'The communities of the network (Louvain), each named after its dominant organisation, with the modularity.',
      tag,
      access: { workspace: 'viewer' },
      params: workspaceParams,
      query: communitiesQuery,
      success: { status: 200, description: 'The communities, largest first.', schema: communitiesSchema },
      errors,
      handler: async ({ actor, query }) =>
        getCommunities(ctx, { workspaceId: actor.workspaceId, projection: query.projection }, query.memberLimit),
    }),
    ...influenceRoutes(ctx),
  ];
}
