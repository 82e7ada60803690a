/**
 * The server's side of analytics reads: every answer is computed in the querying worker
 * from the analysis it keeps, and stamped here with the network it ran on. The server never
 * holds an analysis, so a new one arriving costs it nothing.
 */
import type { FastifyRequest } from 'fastify';
import type { AppContext } from '../../app/context.ts';
import { notFound } from '../../http/errors.ts';
import { encodeCursor, nextLink } from '../../http/pagination.ts';
import type { MetricsPageAnswer } from './analysis-reads.ts';
import { AnalyticsEngine, QueryFailed } from './analytics.engine.ts';
import type { AnalysisKey, NetworkStamp } from './analytics.protocol.ts';
import type { Communities, MetricsPage, MetricsQuery, NodePosition } from './analytics.schema.ts';

const engines = new WeakMap<AppContext, AnalyticsEngine>();

/** The application's analytics engine, created on first use. */
export function analyticsEngine(ctx: AppContext): AnalyticsEngine {
  let engine = engines.get(ctx);
  if (!engine) engines.set(ctx, (engine = new AnalyticsEngine(ctx.db, ctx.config.database, ctx.logger)));
  return engine;
}

/** Stops the analytics workers, if they were started; called when the app closes. */
export async function closeAnalytics(ctx: AppContext): Promise<void> {
  await engines.get(ctx)?.close();
  engines.delete(ctx);
}

type Stamp = Pick<NetworkStamp, 'computedAt' | 'networkVersion'> & { stale: boolean };

/** Runs an operation in the querying worker; the answer carries the stamp of the network it ran on. */
export async function runQuery<T extends object>(ctx: AppContext, key: AnalysisKey, operation: string, input: unknown): Promise<T & Stamp> {
  try {
    const { value, stamp, stale } = await analyticsEngine(ctx).query<T>(key, operation, input);
    return { ...value, computedAt: stamp.computedAt, networkVersion: stamp.networkVersion, stale };
  } catch (error) {
    if (error instanceof QueryFailed && error.code === 'not_found') throw notFound(error.message);
    throw error;
  }
}

/** A page of node metrics in the order of one metric, continuing after the cursor's node. */
export async function listMetrics(
  ctx: AppContext,
  workspaceId: string,
  query: MetricsQuery,
  request: FastifyRequest,
): Promise<MetricsPage> {
  const { projection, sort, kind, community, limit, cursor } = query;
  const { next, ...page } = await runQuery<MetricsPageAnswer>(ctx, { workspaceId, projection }, 'metrics', {
    sort,
    kind,
    community,
    limit,
    cursor,
  });
  return { ...page, links: next ? { next: nextLink(request, encodeCursor(next)) } : {} };
}

/** One node's position: every metric with its rank, its brokerage and its community. */
export function getNodePosition(ctx: AppContext, key: AnalysisKey, nodeId: string): Promise<NodePosition> {
  return runQuery<Omit<NodePosition, keyof Stamp>>(ctx, key, 'position', { nodeId });
}

/** The communities, largest first, with (the first of) their members and the modularity. */
export function getCommunities(ctx: AppContext, key: AnalysisKey, memberLimit: number): Promise<Communities> {
  return runQuery<Omit<Communities, keyof Stamp>>(ctx, key, 'communities', { memberLimit });
}
