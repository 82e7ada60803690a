import { z } from 'zod';
import { mandateStatuses } from '../../domain/vocabulary.ts';
import { isoDate, line, optionalText, pageOf, sortParam, uuid, versioned } from '../../http/schemas.ts';
import { pageQuery } from '../../http/pagination.ts';

export const mandateSchema = z
  .object({
    id: uuid,
    workspaceId: uuid,
    themeId: uuid.describe('The theme the mandate is for; a theme keeps its mandates as a history.'),
    clientId: uuid.nullable().describe('The internal client (opdrachtgever) who grants the mandate, a person.'),
    holderId: uuid.nullable().describe('The person who holds the mandate, usually the information manager.'),
    role: z.string().describe("The information manager's role on the theme, e.g. explorer or project lead."),
    scope: z.string().nullable().describe('What the mandate covers and where it ends.'),
    status: z.enum(mandateStatuses),
    grantedOn: isoDate.nullable(),
    reviewOn: isoDate.nullable().describe('When client and holder look at the mandate again.'),
    ...versioned,
  })
  .meta({ id: 'Mandate' });
export type Mandate = z.infer<typeof mandateSchema>;

export const createMandateBody = z.strictObject({
  themeId: uuid.describe('A theme of the same workspace.'),
  clientId: uuid.nullable().optional().describe('A person of the same workspace.'),
  holderId: uuid.nullable().optional().describe('A person of the same workspace.'),
  role: line(200),
  scope: optionalText(5000),
  status: z.enum(mandateStatuses).optional().describe('Defaults to requested.'),
  grantedOn: isoDate.nullable().optional(),
  reviewOn: isoDate.nullable().optional().describe('Not before grantedOn.'),
});
export type CreateMandate = z.infer<typeof createMandateBody>;

export const updateMandateBody = createMandateBody.partial();
export type UpdateMandate = z.infer<typeof updateMandateBody>;

export const mandateSorts = ['createdAt', 'updatedAt'] as const;

export const listMandatesQuery = z.strictObject({
  ...pageQuery,
  sort: sortParam(mandateSorts, '-createdAt' as 'createdAt'),
  themeId: uuid.optional().describe("Only this theme's mandates: its mandate history."),
  clientId: uuid.optional().describe('Only mandates granted by this person.'),
  holderId: uuid.optional().describe('Only mandates held by this person.'),
  status: z.enum(mandateStatuses).optional(),
});
export type ListMandatesQuery = z.infer<typeof listMandatesQuery>;

export const mandatePage = pageOf(mandateSchema);
