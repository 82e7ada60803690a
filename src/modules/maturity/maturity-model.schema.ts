import { z } from 'zod';
import { line, optionalText, pageOf, sortParam, uuid, versioned } from '../../http/schemas.ts';
import { pageQuery } from '../../http/pagination.ts';

export const MAX_LEVELS = 10;
export const MAX_DIMENSIONS = 30;
const dimensionKey = z
  .string()
  .regex(/^[a-z][a-z0-9_]{0,39}$/, 'Must be lower case letters, digits and underscores, starting with a letter.');

const levelSchema = z.object({
  level: z.number().int().describe('1 for the lowest level.'),
  name: z.string(),
  description: z.string().nullable(),
});
const dimensionSchema = z.object({
  key: z.string().describe('Stable within the model; scores refer to it.'),
  name: z.string(),
  description: z.string().nullable(),
  levelDescriptions: z.array(z.string()).describe('What the dimension looks like at each level, lowest first.'),
});
const textsSchema = z.object({
  name: z.string(),
  description: z.string().nullable(),
  levels: z.array(z.object({ name: z.string(), description: z.string().nullable() })),
  dimensions: z.array(
    z.object({ key: z.string(), name: z.string(), description: z.string().nullable(), levelDescriptions: z.array(z.string()) }),
  ),
});

export const maturityModelSchema = z
  .object({
    id: uuid,
    workspaceId: uuid,
    name: z.string(),
    description: z.string().nullable(),
    source: z.string().nullable().describe('Where the model comes from.'),
    licence: z.string().nullable(),
    builtIn: z
      .string()
      .nullable()
      .describe("The key of a model Kring ships (read-only; copy it to change it), null for the workspace's own."),
    levels: z.array(levelSchema).describe('Ordered from 1 up.'),
    dimensions: z.array(dimensionSchema).describe('In the order the model presents them.'),
    translations: z
      .object({ en: textsSchema.optional() })
      .describe('The same texts in other languages; the built-in model carries English.'),
    ...versioned,
  })
  .meta({ id: 'MaturityModel' });
export type MaturityModel = z.infer<typeof maturityModelSchema>;

const levelInput = z.strictObject({ name: line(100), description: optionalText(2000) });
const dimensionInput = z.strictObject({
  key: dimensionKey.describe('Unique within the model; fixed once the model has assessments.'),
  name: line(100),
  description: optionalText(2000),
  levelDescriptions: z.array(z.string().trim().max(2000, 'At most 2000 characters.')).describe('One per level, lowest first.'),
});

export const createMaturityModelBody = z.strictObject({
  name: line(200).describe('Unique in the workspace (ignoring case and accents).'),
  description: optionalText(5000),
  source: optionalText(1000),
  licence: optionalText(200),
  levels: z.array(levelInput).min(2, 'At least 2 levels.').max(MAX_LEVELS, `At most ${MAX_LEVELS} levels.`),
  dimensions: z.array(dimensionInput).min(1, 'At least 1 dimension.').max(MAX_DIMENSIONS, `At most ${MAX_DIMENSIONS} dimensions.`),
});
export type CreateMaturityModel = z.infer<typeof createMaturityModelBody>;

export const updateMaturityModelBody = createMaturityModelBody.partial();
export type UpdateMaturityModel = z.infer<typeof updateMaturityModelBody>;

export const copyMaturityModelBody = z.strictObject({ name: line(200).describe('The name of the copy, unique in the workspace.') });

export const listMaturityModelsQuery = z.strictObject({
  ...pageQuery,
  sort: sortParam(['name', 'createdAt'] as const, 'name'),
});
export type ListMaturityModelsQuery = z.infer<typeof listMaturityModelsQuery>;

export const maturityModelPage = pageOf(maturityModelSchema);
