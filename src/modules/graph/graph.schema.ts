import { z } from 'zod';
import { isoDate, timestamp, uuid } from '../../http/schemas.ts';

const RELATION_TYPE = /^[a-z][a-z_]{1,39}$/;

/** The most nodes one answer may carry, and how many it carries unless asked otherwise. */
export const GRAPH_NODE_LIMIT = { max: 50_000, default: 20_000 } as const;

export const graphQuery = z.strictObject({
  centre: uuid.optional().describe('A person or organisation; the answer is its neighbourhood instead of the whole workspace.'),
  depth: z.coerce
    .number()
    .int()
    .min(1, 'At least 1.')
    .max(3, 'At most 3.')
    .default(1)
    .describe('Steps over relations from the centre, 1–3; only used with centre.'),
  types: z
    .string()
    .max(2000)
    .transform((raw) => raw.split(',').map((type) => type.trim()))
    .pipe(
      z.array(z.string().regex(RELATION_TYPE, 'Each type must be a relation type key such as works_with.')).max(50, 'At most 50 types.'),
    )
    .optional()
    .describe('Comma-separated relation types to keep, e.g. knows,works_with.'),
  themeId: uuid.optional().describe("Only the theme's organisations, the people affiliated with them and the relations among those."),
  organisationId: uuid
    .optional()
    .describe('Only this organisation, its units at any depth, the people affiliated with any of them and the relations among those.'),
  asOf: isoDate.optional().describe('Only relations and affiliations active on this date.'),
  limit: z.coerce
    .number()
    .int()
    .min(1, 'At least 1.')
    .max(GRAPH_NODE_LIMIT.max, `At most ${GRAPH_NODE_LIMIT.max}.`)
    .default(GRAPH_NODE_LIMIT.default)
    .describe('The most nodes to answer; beyond it the highest-degree nodes are kept and truncated is true.'),
});
export type GraphQuery = z.infer<typeof graphQuery>;

export const graphNodeSchema = z
  .object({
    id: uuid,
    type: z.enum(['person', 'organisation']),
    label: z.string(),
    kind: z.string().nullable().describe('The organisation kind; null for people.'),
    organisationId: uuid
      .nullable()
      .describe(
        'The top-level organisation the node belongs to, for grouping: an organisation itself, a unit its top ancestor, a person that of their first affiliation current on asOf (or today); null for a person without one.',
      ),
    degree: z.number().int().describe('The number of edges in this answer that touch the node.'),
  })
  .meta({ id: 'GraphNode' });
export type GraphNode = z.infer<typeof graphNodeSchema>;

export const graphEdgeSchema = z
  .object({
    id: uuid.describe('The relation id.'),
    from: uuid,
    to: uuid,
    type: z.string(),
    directed: z.boolean(),
    strength: z.number().int().min(1).max(5),
  })
  .meta({ id: 'GraphEdge' });
export type GraphEdge = z.infer<typeof graphEdgeSchema>;

export const graphSchema = z
  .object({
    nodes: z.array(graphNodeSchema),
    edges: z.array(graphEdgeSchema),
    truncated: z.boolean().describe('True when more nodes matched than the limit; the highest-degree ones are answered.'),
  })
  .meta({ id: 'Graph' });
export type Graph = z.infer<typeof graphSchema>;

/** The most positions one layout may hold. */
export const MAX_LAYOUT_POSITIONS = 60_000;

export const layoutParams = z.strictObject({
  workspaceId: uuid,
  key: z
    .string()
    .regex(/^[a-z0-9][a-z0-9-]{0,99}$/, 'Lower-case letters, digits and hyphens, at most 100, e.g. workspace or person-<id>.')
    .describe('Which picture the layout belongs to, e.g. workspace or person-<id>.'),
});

const position = z.tuple([z.number(), z.number()]).describe('[x, y]');
const positions = z
  .record(uuid, position)
  .superRefine((value, ctx) => {
    const count = Object.keys(value).length;
    if (count > MAX_LAYOUT_POSITIONS) {
      ctx.addIssue({
        code: 'too_big',
        origin: 'object',
        maximum: MAX_LAYOUT_POSITIONS,
        inclusive: true,
        message: `At most ${MAX_LAYOUT_POSITIONS} positions.`,
      });
    }
  })
  .describe('Node id → [x, y].');

export const putGraphLayoutBody = z.strictObject({ positions });
export type PutGraphLayout = z.infer<typeof putGraphLayoutBody>;

export const graphLayoutSchema = z
  .object({ key: z.string(), positions, version: z.number().int(), updatedAt: timestamp })
  .meta({ id: 'GraphLayout' });
export type GraphLayout = z.infer<typeof graphLayoutSchema>;
