/**
 * Reads answers out of a kept analysis, in the querying worker: a sorted page of node
 * metrics, one node's position, the communities. Each answer is O(page size), whatever
 * the size of the network, because orders and ranks were computed with the analysis.
 */
import { nodeKindNames } from '../../analytics/network/index.ts';
import type { Cursor } from '../../http/pagination.ts';
import { metricNames, type Analysis, type MetricName } from './analysis.types.ts';
import type { NetworkSnapshot } from './analytics.protocol.ts';
import type { Communities, MetricRecord, MetricsPage, NodePosition } from './analytics.schema.ts';

/** What a metrics page asks for; the cursor is the decoded `links.next` of the page before. */
export interface MetricsPageInput {
  sort: string;
  kind?: 'person' | 'organisation';
  community?: number;
  limit: number;
  cursor?: Cursor;
}

/** A page as the worker answers it: the server turns `next` into the link. */
export type MetricsPageAnswer = Omit<MetricsPage, 'links' | 'computedAt' | 'networkVersion' | 'stale'> & { next: Cursor | null };

/** A finite number, or null (a metric that did not converge or does not apply). */
const finite = (value: number): number | null => (Number.isFinite(value) ? value : null);

function record({ network, analysis }: NetworkSnapshot, node: number): MetricRecord {
  const metrics = Object.fromEntries(metricNames.map((name) => [name, finite(analysis.values[name][node]!)])) as Record<
    MetricName,
    number | null
  >;
  const ranks = Object.fromEntries(metricNames.map((name) => [name, analysis.rank[name][node]!])) as Record<MetricName, number>;
  const community = analysis.community[node]!;
  return {
    id: network.nodeIds[node]!,
    kind: nodeKindNames[network.nodeKinds[node]!]!,
    name: network.nodeNames[node]!,
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
export function metricsPage(snapshot: NetworkSnapshot, input: MetricsPageInput): MetricsPageAnswer {
  const { analysis, network } = snapshot;
  const descending = input.sort.startsWith('-');
  const order = analysis.order[input.sort.replace(/^-/, '') as MetricName];
  const at = (position: number) => order[descending ? order.length - 1 - position : position]!;
  const kind = input.kind === undefined ? -1 : nodeKindNames.indexOf(input.kind);
  const keep = (node: number) =>
    (kind < 0 || network.nodeKinds[node] === kind) && (input.community === undefined || analysis.community[node] === input.community);

  const data: MetricRecord[] = [];
  let position = resumeAt(input.cursor, order.length, (p) => network.nodeIds[at(p)]!);
  let last = -1;
  for (; position < order.length && data.length < input.limit; position += 1) {
    const node = at(position);
    if (!keep(node)) continue;
    data.push(record(snapshot, node));
    last = position;
  }
  const more = data.length === input.limit && position < order.length;
  return {
    data,
    next: more ? { value: String(last), id: network.nodeIds[at(last)]! } : null,
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

type Stamped<T> = Omit<T, 'computedAt' | 'networkVersion' | 'stale'>;

/** One node's position: every metric with its rank, its brokerage and its community. */
export function nodePosition(snapshot: NetworkSnapshot, node: number): Stamped<NodePosition> {
  const { analysis } = snapshot;
  const values = record(snapshot, node);
  const community = analysis.communities[analysis.community[node]!];
  return {
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
export function communities({ analysis, network }: NetworkSnapshot, memberLimit: number): Stamped<Communities> {
  return {
    projection: analysis.projection,
    modularity: analysis.modularity,
    data: analysis.communities.map((community) => ({
      ...communityRef(community),
      memberIds: Array.from(community.members.subarray(0, memberLimit), (node) => network.nodeIds[node]!),
      truncated: community.members.length > memberLimit,
    })),
  };
}
