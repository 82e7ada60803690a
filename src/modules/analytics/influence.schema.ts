import { z } from 'zod';
import { isoDate, uuid } from '../../http/schemas.ts';
import { nodeKinds, projectionField, stampFields } from './analytics.schema.ts';

const from = uuid
  .optional()
  .describe('Where to start: a person or organisation; by default the person you said you are (PATCH …/members/me).');

export const nodeRefSchema = z.object({ id: uuid, kind: z.enum(nodeKinds), name: z.string() }).meta({ id: 'NetworkNode' });
export type NodeRef = z.infer<typeof nodeRefSchema>;

export const hopSchema = z
  .object({
    from: uuid,
    to: uuid,
    via: z.string().describe('The relation type behind the hop (e.g. works_with), or affiliation, colleague or unit_of.'),
    kind: z.enum(['relation', 'affiliation', 'colleague', 'unit']),
    strength: z.number().int().nullable().describe('1–5 for relations; null for ties without a strength.'),
    since: isoDate.nullable(),
    lastInteraction: z.string().nullable().describe('The last interaction (or edit) behind the tie, when known.'),
    relationId: uuid.nullable(),
    organisationId: uuid.nullable().describe('For affiliation and colleague hops, the organisation joined or shared.'),
    withDirection: z.boolean().describe('False when a directed relation is walked against its direction.'),
    length: z.number().describe("This hop's share of the path length."),
  })
  .meta({ id: 'PathHop' });

export const pathSchema = z
  .object({
    length: z.number().describe('Shorter is warmer: 1/strength plus a cost per hop, longer for ties without recent contact.'),
    nodes: z.array(nodeRefSchema),
    hops: z.array(hopSchema),
  })
  .meta({ id: 'InfluencePath' });

export const pathsQuery = z.strictObject({
  projection: projectionField,
  from,
  to: uuid.describe('The person or organisation to reach.'),
  k: z.coerce.number().int().min(1, 'At least 1.').max(10, 'At most 10.').default(3).describe('How many paths at most, 1–10.'),
});
export type PathsQuery = z.infer<typeof pathsQuery>;

export const pathsSchema = z
  .object({
    ...stampFields,
    from: nodeRefSchema,
    to: nodeRefSchema,
    paths: z.array(pathSchema).describe('Best first; empty when there is no way from one to the other.'),
  })
  .meta({ id: 'InfluencePaths' });
export type Paths = z.infer<typeof pathsSchema>;

export const tieSummarySchema = z
  .object({
    via: z.string().describe('The relation type (e.g. knows), or affiliation, colleague or unit_of.'),
    strength: z.number().int().nullable(),
    weight: z.number(),
    since: isoDate.nullable(),
    lastInteraction: z.string().nullable(),
    relationId: uuid.nullable(),
  })
  .meta({ id: 'TieSummary' });

export const introductionsQuery = z.strictObject({
  projection: projectionField,
  from,
  to: uuid.describe('The person or organisation you want to be introduced to.'),
  limit: z.coerce.number().int().min(1, 'At least 1.').max(50, 'At most 50.').default(10).describe('At most this many introducers, 1–50.'),
});
export type IntroductionsQuery = z.infer<typeof introductionsQuery>;

export const introductionsSchema = z
  .object({
    ...stampFields,
    from: nodeRefSchema,
    to: nodeRefSchema,
    direct: tieSummarySchema.nullable().describe('Your own tie to them, when there is one.'),
    shared: z
      .array(z.object({ introducer: nodeRefSchema, toSource: tieSummarySchema, toTarget: tieSummarySchema, score: z.number() }))
      .describe('People tied to both, best first: ranked by the weaker of the two ties.'),
    secondDegree: z
      .array(
        z.object({
          first: nodeRefSchema.describe('Knows you.'),
          second: nodeRefSchema.describe('Knows them.'),
          ties: z.array(tieSummarySchema).length(3),
          score: z.number(),
        }),
      )
      .describe('Only when nobody knows both: pairs who together close the gap, best first.'),
  })
  .meta({ id: 'Introductions' });
export type Introductions = z.infer<typeof introductionsSchema>;

export const reachQuery = z.strictObject({
  projection: projectionField,
  from,
  themeId: uuid.optional().describe("Also: the share of this theme's decision-makers within 2 steps."),
});
export type ReachQuery = z.infer<typeof reachQuery>;

export const reachSchema = z
  .object({
    ...stampFields,
    from: nodeRefSchema,
    counts: z.array(z.number().int()).describe('People exactly 1, 2 and 3 steps away.'),
    within: z.array(z.number().int()).describe('People at most 1, 2 and 3 steps away.'),
    theme: z
      .object({
        themeId: uuid,
        decisionMakers: z
          .number()
          .int()
          .describe("People with a current 'decides on' relation to the theme's organisations or their units."),
        share: z.number().nullable().describe('Share of them within 2 steps; null when the theme has none.'),
        reached: z.array(z.object({ node: nodeRefSchema, steps: z.number().int() })),
        missed: z.array(nodeRefSchema),
      })
      .nullable(),
  })
  .meta({ id: 'Reach' });
export type Reach = z.infer<typeof reachSchema>;

export const whatIfQuery = z.strictObject({
  projection: projectionField,
  personId: uuid.describe('The person (or organisation) who leaves.'),
});
export type WhatIfQuery = z.infer<typeof whatIfQuery>;

export const whatIfSchema = z
  .object({
    ...stampFields,
    leaver: nodeRefSchema,
    splits: z.boolean().describe("True when the departure splits the leaver's part of the network."),
    remainingSize: z.number().int().describe('The size of the part that stays: the one with your own person, else the largest.'),
    cutOffCount: z.number().int().describe('How many lose their connection in all.'),
    cutOff: z.array(
      z.object({
        size: z.number().int(),
        via: nodeRefSchema.describe("The leaver's contact through whom this part was connected."),
        members: z.array(nodeRefSchema),
        truncated: z.boolean().describe('True when only the first 200 members are listed.'),
      }),
    ),
    lostTies: z.array(
      z.object({
        neighbour: nodeRefSchema,
        bridge: z.boolean().describe("True when this was the only tie between the leaver and the neighbour's part."),
        cutOff: z.boolean(),
        ties: z.array(tieSummarySchema),
      }),
    ),
  })
  .meta({ id: 'WhatIfLeaves' });
export type WhatIf = z.infer<typeof whatIfSchema>;

export const recommendationsQuery = z.strictObject({
  projection: projectionField,
  from,
  themeId: uuid.optional().describe("Only this theme's decision-makers; by default everyone with a current 'decides on' relation."),
});
export type RecommendationsQuery = z.infer<typeof recommendationsQuery>;

export const recommendationsSchema = z
  .object({
    ...stampFields,
    from: nodeRefSchema,
    unreachedDecisionMakers: z
      .array(
        z.object({
          node: nodeRefSchema,
          distance: z.number().int().nullable().describe('Steps away; null when 5 or more, or out of reach.'),
        }),
      )
      .describe('Decision-makers not within 2 steps, closest first.'),
    brokers: z
      .array(
        z.object({
          node: nodeRefSchema,
          betweenness: z.number(),
          communities: z.array(z.number().int()).describe('The communities its ties reach, its own first.'),
          distance: z.number().int().nullable().describe('Steps away (2 or 3); null when further.'),
        }),
      )
      .describe('People who span communities and whom you are not tied to yet, best broker first.'),
    staleTies: z
      .array(
        z.object({
          other: nodeRefSchema,
          tie: tieSummarySchema,
          lastContact: z.string().nullable(),
          daysSince: z.number().int().nullable(),
        }),
      )
      .describe('Your strong ties (strength 4–5) without interaction for over half a year, stalest first.'),
  })
  .meta({ id: 'Recommendations' });
export type Recommendations = z.infer<typeof recommendationsSchema>;
