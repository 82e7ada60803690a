/**
 * Reads answers out of the cached analyses: a sorted page of node metrics, one node's
 * position, the communities. Each answer is O(page size) on the main thread, whatever the
 * size of the network, because orders and ranks were computed in the worker.
 */
import type { FastifyRequest } from 'fastify';
import type { AppContext } from '../../app/context.ts';
import { notFound } from '../../http/errors.ts';
import { encodeCursor, nextLink, type Cursor } from '../../http/pagination.ts';
import { metricNames, type Analysis, type MetricName } from './analysis.types.ts';
import { AnalyticsEngine, type Served } from './analytics.engine.ts';
import type { AnalysisKey } from './analytics.protocol.ts';
import { indexOfString, stringAt } from './packed-strings.ts';
import {
  nodeKinds,
  type Communities,
  type MetricRecord,
  type MetricsPage,
  type MetricsQuery,
  type NodePosition,
} from './analytics.schema.ts';

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

const stampOf = ({ value, stale }: Served<Analysis>) => ({ computedAt: value.computedAt, networkVersion: value.networkVersion, stale });

/** A finite number, or null (a metric that did not converge or does not apply). */
const finite = (value: number): number | null => (Number.isFinite(value) ? value : null);

function record(analysis: Analysis, node: number): MetricRecord {
  const metrics = Object.fromEntries(metricNames.map((name) => [name, finite(analysis.values[name][node]!)])) as Record<
    MetricName,
    number | null
  >;
  const ranks = Object.fromEntries(metricNames.map((name) => [name, analysis.rank[name][node]!])) as Record<MetricName, number>;
  const community = analysis.community[node]!;
  return {
    id: stringAt(analysis.ids, node),
    kind: nodeKinds[analysis.kinds[node]!]!,
    name: stringAt(analysis.names, node),
    ...metrics,
    community: community < 0 ? null : community,
    isArticulationPoint: analysis.isArticulationPoint[node] === 1,
    ranks,
  };
}

/**
 * A page of node metrics in the order of one metric. The cursor holds the position of the
 * last node answered and its id; when a newer analysis reorders the nodes, the next page
 * continues after that node's new position.
 */
export async function listMetrics(
  ctx: AppContext,
  workspaceId: string,
  query: MetricsQuery,
  request: FastifyRequest,
): Promise<MetricsPage> {
  const served = await analyticsEngine(ctx).analysis({ workspaceId, projection: query.projection });
  const analysis = served.value;
  const descending = query.sort.startsWith('-');
  const order = analysis.order[query.sort.replace(/^-/, '') as MetricName];
  const at = (position: number) => order[descending ? order.length - 1 - position : position]!;
  const kind = query.kind === undefined ? -1 : nodeKinds.indexOf(query.kind);
  const keep = (node: number) =>
    (kind < 0 || analysis.kinds[node] === kind) && (query.community === undefined || analysis.community[node] === query.community);

  const data: MetricRecord[] = [];
  let position = resumeAt(query.cursor, order.length, (p) => stringAt(analysis.ids, at(p)));
  let last = -1;
  for (; position < order.length && data.length < query.limit; position += 1) {
    const node = at(position);
    if (!keep(node)) continue;
    data.push(record(analysis, node));
    last = position;
  }
  const more = data.length === query.limit && position < order.length;
  return {
    data,
    links: more ? { next: nextLink(request, encodeCursor({ value: String(last), id: stringAt(analysis.ids, at(last)) })) } : {},
    ...stampOf(served),
    projection: analysis.projection,
    nodeCount: analysis.nodeCount,
    tieCount: analysis.tieCount,
    accuracy: analysis.accuracy,
    summary: analysis.summary,
  };
}

/** Where a page starts: after the cursor's node, found again if the order has changed. */
function resumeAt(cursor: Cursor | undefined, length: number, idAt: (position: number) => string): number {
  if (!cursor) return 0;
  const position = Number(cursor.value);
  if (Number.isInteger(position) && position >= 0 && position < length && idAt(position) === cursor.id) return position + 1;
  for (let p = 0; p < length; p += 1) if (idAt(p) === cursor.id) return p + 1;
  return Number.isInteger(position) && position >= 0 ? position + 1 : 0;
}

/** The node index of a record id in the analysis, or 404. */
export function nodeIndexOf(analysis: Analysis, nodeId: string): number {
  const node = indexOfString(analysis.ids, nodeId);
  if (node < 0) throw notFound('The person or organisation (in this projection of the network)');
  return node;
}

/** One node's position: every metric with its rank, its brokerage and its community. */
export async function getNodePosition(ctx: AppContext, key: AnalysisKey, nodeId: string): Promise<NodePosition> {
  const served = await analyticsEngine(ctx).analysis(key);
  const analysis = served.value;
  const node = nodeIndexOf(analysis, nodeId);
  const values = record(analysis, node);
  const community = analysis.communities[analysis.community[node]!];
  return {
    ...stampOf(served),
    node: values,
    nodeCount: analysis.nodeCount,
    betweennessError: analysis.betweennessError[node]!,
    brokerage: {
      constraint: values.constraint,
      effectiveSize: values.effectiveSize,
      isArticulationPoint: values.isArticulationPoint,
      cutOff: values.cutOff,
      bridgeCount: values.bridgeCount,
    },
    community: community ? communityRef(community) : null,
  };
}

function communityRef(community: Analysis['communities'][number]) {
  return {
    id: community.id,
    size: community.size,
    dominantOrganisationId: community.dominantOrganisationId,
    label: community.dominantOrganisationName,
  };
}

/** The communities, largest first, with (the first of) their members and the modularity. */
export async function getCommunities(ctx: AppContext, key: AnalysisKey, memberLimit: number): Promise<Communities> {
  const served = await analyticsEngine(ctx).analysis(key);
  const analysis = served.value;
  return {
    ...stampOf(served),
    projection: analysis.projection,
    modularity: analysis.modularity,
    data: analysis.communities.map((community) => ({
      ...communityRef(community),
      memberIds: Array.from(community.members.subarray(0, memberLimit), (node) => stringAt(analysis.ids, node)),
      truncated: community.members.length > memberLimit,
    })),
  };
}
