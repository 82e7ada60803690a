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
