import { z } from 'zod';
import { decisionOutcomes } from '../../domain/vocabulary.ts';
import { isoDate, line, optionalText, pageOf, sortParam, uuid, versioned } from '../../http/schemas.ts';
import { pageQuery } from '../../http/pagination.ts';

const MAX_LINKS = 200;
const links = (what: string) =>
  z
    .array(uuid)
    .max(MAX_LINKS, `At most ${MAX_LINKS} ${what}.`)
    .optional()
    .describe(`${what} of the same workspace; on PATCH the list replaces the old one.`);

/** Whole euro cents: exact, and safe as a JSON number up to about 90 trillion euros. */
const amountCents = z
  .number()
  .int('Whole cents only.')
  .min(0)
  .max(Number.MAX_SAFE_INTEGER)
  .describe('The amount decided on, in euro cents (e.g. 1250000 is € 12.500,00).');

export const decisionSchema = z
  .object({
    id: uuid,
    workspaceId: uuid,
    title: z.string(),
    bodyId: uuid.nullable().describe('The deciding body: an organisation or unit such as the council or executive board.'),
    date: isoDate.describe('When it was decided, or is to be decided while pending.'),
    themeId: uuid.nullable(),
    outcome: z.enum(decisionOutcomes),
    amountCents: amountCents.nullable(),
    description: z.string().nullable(),
    interactionIds: z.array(uuid).describe('The interactions (sessions, meetings) that informed the decision, by date.'),
    initiativeIds: z.array(uuid).describe('The initiatives the decision started.'),
    ...versioned,
  })
  .meta({ id: 'Decision' });
export type Decision = z.infer<typeof decisionSchema>;

export const createDecisionBody = z.strictObject({
  title: line(300),
  bodyId: uuid.nullable().optional().describe('An organisation of the same workspace.'),
  date: isoDate,
  themeId: uuid.nullable().optional().describe('A theme of the same workspace.'),
  outcome: z.enum(decisionOutcomes).optional().describe('Defaults to pending.'),
  amountCents: amountCents.nullable().optional(),
  description: optionalText(10_000),
  interactionIds: links('Interactions'),
  initiativeIds: links('Initiatives'),
});
export type CreateDecision = z.infer<typeof createDecisionBody>;

export const updateDecisionBody = createDecisionBody.partial();
export type UpdateDecision = z.infer<typeof updateDecisionBody>;

export const listDecisionsQuery = z.strictObject({
  ...pageQuery,
  sort: sortParam(['date', 'createdAt'] as const, '-date' as 'date'),
  themeId: uuid.optional(),
  bodyId: uuid.optional().describe('Only decisions of this body.'),
  outcome: z.enum(decisionOutcomes).optional(),
  interactionId: uuid.optional().describe('Only decisions this interaction informed.'),
  initiativeId: uuid.optional().describe('Only decisions that started this initiative.'),
  dateFrom: isoDate.optional(),
  dateTo: isoDate.optional(),
});
export type ListDecisionsQuery = z.infer<typeof listDecisionsQuery>;

export const decisionPage = pageOf(decisionSchema);
