import { z } from 'zod';
import { isoDate, uuid } from '../../http/schemas.ts';

export const comparisonQuery = z.strictObject({
  themeId: uuid.optional().describe("Only the theme's organisations, assessed or not."),
  organisationIds: z
    .string()
    .max(8000)
    .transform((raw) => raw.split(',').map((id) => id.trim()))
    .pipe(z.array(uuid).max(200, 'At most 200 organisations.'))
    .optional()
    .describe('Comma-separated organisation ids, assessed or not; with themeId, only those of the theme.'),
  asOf: isoDate.optional().describe('Compare as it stood on this date: later assessments are left out.'),
});
export type ComparisonQuery = z.infer<typeof comparisonQuery>;

const scores = z.array(z.number().int().nullable()).describe("One per dimension, in the model's order; null where not scored.");
const point = z.object({
  assessmentId: uuid,
  assessedOn: isoDate,
  scores,
  average: z.number().nullable().describe('The mean of the scores given, to two decimals.'),
});

export const comparisonSchema = z
  .object({
    modelId: uuid,
    levelCount: z.number().int(),
    dimensions: z.array(z.object({ key: z.string(), name: z.string() })),
    organisations: z
      .array(
        z.object({
          organisationId: uuid,
          organisationName: z.string(),
          latest: point.nullable().describe('The most recent assessment; null when never assessed.'),
          trend: z.array(point).describe('Every assessment, oldest first.'),
        }),
      )
      .describe('Ordered by name.'),
    summary: z
      .array(
        z.object({
          dimensionKey: z.string(),
          assessed: z.number().int().describe('How many organisations have a latest score on this dimension.'),
          min: z.number().int().nullable(),
          max: z.number().int().nullable(),
          mean: z.number().nullable(),
        }),
      )
      .describe("Per dimension over the organisations' latest assessments: the heat map's margins."),
  })
  .meta({
    id: 'MaturityComparison',
    description: 'The regional comparison on one model: the data of a radar chart, a heat map and trends.',
  });
export type Comparison = z.infer<typeof comparisonSchema>;
