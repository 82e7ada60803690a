import { z } from 'zod';
import { pageQuery } from '../../http/pagination.ts';
import { sortParam, timestamp, uuid } from '../../http/schemas.ts';
import { metricNames, type MetricName } from './analysis.types.ts';

export const projections = ['people-and-organisations', 'people', 'organisations'] as const;
export const nodeKinds = ['person', 'organisation'] as const;

/** The `projection` query parameter. */
export const projectionField = z
  .enum(projections)
  .default('people-and-organisations')
  .describe(
    'Which parties are nodes: people and organisations (affiliations and units as ties), people only (relations between people), or organisations only (their people’s relations carried over).',
  );

/** What every analytics answer says about the analysis it comes from. */
export const stampFields = {
  computedAt: timestamp.describe('When the analysis was computed.'),
  networkVersion: z.number().int().describe('The version of the network the analysis was computed on.'),
  stale: z.boolean().describe('True when the network has changed since; a new analysis is being computed.'),
};

const metric = z.number().nullable();

const metricDescriptions: Record<MetricName, string> = {
  degree: 'Distinct neighbours, direction ignored.',
  inDegree: 'Incoming arcs (an undirected tie counts both ways).',
  outDegree: 'Outgoing arcs (an undirected tie counts both ways).',
  strength: 'Summed weight of the ties (strength 1–5 per relation).',
  pageRank: 'Share of a random walk along the ties, following their direction; null when it did not converge.',
  betweenness: 'Share of shortest paths between other pairs that pass through the node (0–1), direction ignored.',
  closeness: 'Closeness (Wasserman–Faust), direction ignored.',
  harmonic: 'Mean of 1/distance to every other node (0–1), direction ignored.',
  eigenvector: 'Eigenvector centrality of the weighted ties (unit length); null when it did not converge.',
  clustering: 'Share of the pairs of neighbours that are tied themselves.',
  coreNumber: 'The largest k such that the node is in the k-core.',
  constraint: "Burt's constraint: how much the node's ties depend on each other (low = broker).",
  effectiveSize: "Burt's effective size: non-redundant neighbours.",
  bridgeCount: 'Ties of the node whose removal would split the network.',
  cutOff: 'How many others lose their connection to the rest when the node leaves.',
};
const metricShape = Object.fromEntries(metricNames.map((name) => [name, metric.describe(metricDescriptions[name])])) as Record<
  MetricName,
  typeof metric
>;

export const metricRecordSchema = z
  .object({
    id: uuid.describe('The person or organisation.'),
    kind: z.enum(nodeKinds),
    name: z.string(),
    ...metricShape,
    community: z.number().int().nullable().describe('The community the node belongs to; null when not computed.'),
    isArticulationPoint: z.boolean().describe('True when the network falls apart without the node.'),
    ranks: z
      .object(Object.fromEntries(metricNames.map((name) => [name, z.number().int()])) as Record<MetricName, z.ZodNumber>)
      .describe('Rank per metric among all nodes of the projection, 1 for the highest; equal values share a rank.'),
  })
  .meta({ id: 'NodeMetrics' });
export type MetricRecord = z.infer<typeof metricRecordSchema>;

const accuracySchema = z
  .object({
    method: z.enum(['exact', 'sampled']),
    samples: z.number().int().nullable().describe('Sampled sources; null when exact.'),
    errorBound: z.number().describe('Every value is within this of the exact one with the stated confidence; 0 when exact.'),
    confidence: z.number().nullable(),
  })
  .meta({ id: 'MetricAccuracy' });

export const metricsQuery = z.strictObject({
  projection: projectionField,
  sort: sortParam(metricNames, '-pageRank'),
  kind: z.enum(nodeKinds).optional().describe('Only people or only organisations.'),
  community: z.coerce.number().int().min(0, 'At least 0.').optional().describe('Only the members of this community.'),
  ...pageQuery,
});
export type MetricsQuery = z.infer<typeof metricsQuery>;

export const metricsPageSchema = z
  .object({
    data: z.array(metricRecordSchema),
    links: z.object({ next: z.string().optional().describe('The next page, when there is one.') }),
    ...stampFields,
    projection: z.enum(projections),
    nodeCount: z.number().int(),
    tieCount: z.number().int(),
    accuracy: z.object({ betweenness: accuracySchema, closeness: accuracySchema, harmonic: accuracySchema }),
    summary: z.object({
      components: z.number().int(),
      largestComponent: z.number().int(),
      averageClustering: z.number(),
      transitivity: z.number(),
      maxCore: z.number().int(),
    }),
  })
  .meta({ id: 'NetworkMetrics' });
export type MetricsPage = z.infer<typeof metricsPageSchema>;

export const projectionQuery = z.strictObject({ projection: projectionField });

export const communitiesQuery = z.strictObject({
  projection: projectionField,
  memberLimit: z.coerce
    .number()
    .int()
    .min(0, 'At least 0.')
    .max(1000, 'At most 1000.')
    .default(100)
    .describe('List at most this many members per community, 0–1000.'),
});
export type CommunitiesQuery = z.infer<typeof communitiesQuery>;

export const nodeParams = z.strictObject({ workspaceId: uuid, nodeId: uuid });

const communityRef = z
  .object({
    id: z.number().int(),
    size: z.number().int(),
    dominantOrganisationId: uuid.nullable(),
    label: z.string().nullable().describe('The name of the dominant organisation, which names the community.'),
  })
  .meta({ id: 'CommunityRef' });

export const nodePositionSchema = z
  .object({
    ...stampFields,
    node: metricRecordSchema,
    nodeCount: z.number().int(),
    betweennessError: z.number().describe('Standard error of the sampled betweenness; 0 when exact.'),
    brokerage: z.object({
      constraint: metric,
      effectiveSize: metric,
      isArticulationPoint: z.boolean(),
      cutOff: metric,
      bridgeCount: metric,
    }),
    community: communityRef.nullable(),
  })
  .meta({ id: 'NodePosition' });
export type NodePosition = z.infer<typeof nodePositionSchema>;

export const communitiesSchema = z
  .object({
    ...stampFields,
    projection: z.enum(projections),
    modularity: z.number().nullable().describe('Modularity of the partition; null when communities were not computed.'),
    data: z.array(
      communityRef
        .extend({
          memberIds: z.array(uuid).describe('The first memberLimit members; page through all of them with metrics?community=.'),
          truncated: z.boolean().describe('True when the community has more members than listed.'),
        })
        .meta({ id: 'Community' }),
    ),
  })
  .meta({ id: 'Communities' });
export type Communities = z.infer<typeof communitiesSchema>;
