import { z } from 'zod';
import { initiativeKinds, initiativeStatuses } from '../../domain/vocabulary.ts';
import { isoDate, line, optionalText, pageOf, sortParam, uuid, versioned } from '../../http/schemas.ts';
import { pageQuery } from '../../http/pagination.ts';

export const initiativeSchema = z
  .object({
    id: uuid,
    workspaceId: uuid,
    title: z.string(),
    kind: z.enum(initiativeKinds),
    status: z.enum(initiativeStatuses),
    description: z.string().nullable(),
    leadOrganisationId: uuid.nullable().describe('The organisation that leads the initiative.'),
    organisationIds: z.array(uuid).describe('The participating organisations, ordered by name.'),
    themeIds: z.array(uuid).describe('The themes the initiative serves, ordered by title.'),
    startOn: isoDate.nullable(),
    endOn: isoDate.nullable(),
    outcome: z.string().nullable().describe('What came of it (step 5): a decision, a shared solution, lessons.'),
    ...versioned,
  })
  .meta({ id: 'Initiative' });
export type Initiative = z.infer<typeof initiativeSchema>;

const MAX_LINKS = 200;
const ids = (what: string) =>
  z
    .array(uuid)
    .max(MAX_LINKS, `At most ${MAX_LINKS} ${what}.`)
    .optional()
    .describe(`${what[0]?.toUpperCase()}${what.slice(1)} of the same workspace; on PATCH the list replaces the old one.`);

export const createInitiativeBody = z.strictObject({
  title: line(200),
  kind: z.enum(initiativeKinds),
  status: z.enum(initiativeStatuses).optional().describe('Defaults to proposed.'),
  description: optionalText(5000),
  leadOrganisationId: uuid.nullable().optional().describe('An organisation of the same workspace.'),
  organisationIds: ids('organisations'),
  themeIds: ids('themes'),
  startOn: isoDate.nullable().optional(),
  endOn: isoDate.nullable().optional().describe('Not before startOn.'),
  outcome: optionalText(5000),
});
export type CreateInitiative = z.infer<typeof createInitiativeBody>;

export const updateInitiativeBody = createInitiativeBody.partial();
export type UpdateInitiative = z.infer<typeof updateInitiativeBody>;

export const initiativeSorts = ['title', 'createdAt', 'updatedAt'] as const;

export const listInitiativesQuery = z.strictObject({
  ...pageQuery,
  sort: sortParam(initiativeSorts, 'title'),
  kind: z.enum(initiativeKinds).optional(),
  status: z.enum(initiativeStatuses).optional(),
  themeId: uuid.optional().describe('Only initiatives linked to this theme: the inventory of related initiatives per theme.'),
  organisationId: uuid.optional().describe('Only initiatives this organisation leads or takes part in.'),
  q: z.string().trim().min(1).max(100).optional().describe('Title starts with (ignoring case and accents).'),
});
export type ListInitiativesQuery = z.infer<typeof listInitiativesQuery>;

export const initiativePage = pageOf(initiativeSchema);
