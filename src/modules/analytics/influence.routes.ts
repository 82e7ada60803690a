import type { AppContext } from '../../app/context.ts';
import { defineRoute } from '../../http/route.ts';
import { workspaceParams } from '../../http/schemas.ts';
import {
  introductionsQuery,
  introductionsSchema,
  pathsQuery,
  pathsSchema,
  reachQuery,
  reachSchema,
  recommendationsQuery,
  recommendationsSchema,
  whatIfQuery,
  whatIfSchema,
  type Introductions,
  type Paths,
} from './influence.schema.ts';
import { runQuery } from './analytics.service.ts';
import { getReach, getRecommendations, getWhatIfLeaves, startOf } from './influence.service.ts';

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
    defineRoute({
      method: 'GET',
      url: `${base}/introductions`,
      operationId: 'findIntroductions',
      summary: 'Who can introduce you (or from) to a person: the people tied to both, or else pairs who close the gap.',
      tag,
      access: { workspace: 'viewer' },
      params: workspaceParams,
      query: introductionsQuery,
      success: { status: 200, description: 'The introducers, best first.', schema: introductionsSchema },
      errors,
      handler: async ({ actor, query }) => {
        const from = await startOf(ctx, actor, query.from);
        const key = { workspaceId: actor.workspaceId, projection: query.projection };
        return runQuery<Introductions>(ctx, key, 'introductions', { from, to: query.to, limit: query.limit });
      },
    }),
    defineRoute({
      method: 'GET',
      url: `${base}/reach`,
      operationId: 'getReach',
      summary: "How many people you (or from) reach in 1, 2 and 3 steps, and which share of a theme's decision-makers within 2.",
      tag,
      access: { workspace: 'viewer' },
      params: workspaceParams,
      query: reachQuery,
      success: { status: 200, description: 'The reach.', schema: reachSchema },
      errors,
      handler: async ({ actor, query }) => getReach(ctx, actor, query),
    }),
    defineRoute({
      method: 'GET',
      url: `${base}/what-if-leaves`,
      operationId: 'whatIfLeaves',
      summary: 'What happens if a person leaves: who loses their connection, and which ties go.',
      tag,
      access: { workspace: 'viewer' },
      params: workspaceParams,
      query: whatIfQuery,
      success: { status: 200, description: 'The consequences of the departure.', schema: whatIfSchema },
      errors,
      handler: async ({ actor, query }) => getWhatIfLeaves(ctx, actor, query),
    }),
    defineRoute({
      method: 'GET',
      url: `${base}/recommendations`,
      operationId: 'getRecommendations',
      summary: 'What to do next: decision-makers not yet within reach, brokers between communities to meet, strong ties going stale.',
      tag,
      access: { workspace: 'viewer' },
      params: workspaceParams,
      query: recommendationsQuery,
      success: { status: 200, description: 'The recommendations.', schema: recommendationsSchema },
      errors,
      handler: async ({ actor, query }) => getRecommendations(ctx, actor, query),
    }),
  ];
}
