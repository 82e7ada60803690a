import type { AppContext } from '../../app/context.ts';
import { defineRoute } from '../../http/route.ts';
import { workspaceParams } from '../../http/schemas.ts';
import { pathsQuery, pathsSchema, type Paths } from './influence.schema.ts';
import { runQuery, startOf } from './influence.service.ts';

const tag = 'analytics';
const base = '/api/v1/workspaces/:workspaceId/analytics';
/** 503 with Retry-After while a workspace's network is analysed for the first time. */
const errors = [503];

/** Influence queries, answered in milliseconds on the network kept in the querying worker. */
export function influenceRoutes(ctx: AppContext) {
  return [
    defineRoute({
      method: 'GET',
      url: `${base}/paths`,
      operationId: 'findInfluencePaths',
      summary: 'The k warmest paths from you (or from) to a person or organisation, each hop explained.',
      tag,
      access: { workspace: 'viewer' },
      params: workspaceParams,
      query: pathsQuery,
      success: { status: 200, description: 'The paths, best first.', schema: pathsSchema },
      errors,
      handler: async ({ actor, query }) => {
        const from = await startOf(ctx, actor, query.from);
        return runQuery<Paths>(ctx, { workspaceId: actor.workspaceId, projection: query.projection }, 'paths', {
          from,
          to: query.to,
          k: query.k,
        });
      },
    }),
  ];
}
