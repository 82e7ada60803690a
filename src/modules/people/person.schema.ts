import { z } from 'zod';
import { pageQuery } from '../../http/pagination.ts';
import { booleanQuery, isoDate, line, optionalText, pageOf, sortParam, uuid, versioned } from '../../http/schemas.ts';

export const affiliationSchema = z
  .object({
    id: uuid,
    organisationId: uuid,
    organisationName: z.string(),
    role: z.string().nullable(),
    since: isoDate.nullable(),
    until: isoDate.nullable(),
  })
  .meta({ id: 'Affiliation' });

export const personSchema = z
  .object({
    id: uuid,
    workspaceId: uuid,
    name: z.string(),
    jobTitle: z.string().nullable(),
    email: z.string().nullable(),
    phone: z.string().nullable(),
    tags: z.array(z.string()),
    affiliations: z.array(affiliationSchema),
    source: z.string().nullable().describe('Where the data about this person came from (AVG art. 14).'),
    informedOn: isoDate.nullable().describe('When the person was informed that Kring holds their data.'),
    lastContactOn: isoDate.nullable(),
    ...versioned,
  })
  .meta({ id: 'Person' });
export type Person = z.infer<typeof personSchema>;

const tag = z.string().trim().min(1, 'Must not be empty.').max(50, 'At most 50 characters.');

const affiliationInput = z
  .strictObject({
    organisationId: uuid,
    role: optionalText(200),
    since: isoDate.nullable().optional(),
    until: isoDate.nullable().optional(),
  })
  .refine((a) => !a.since || !a.until || a.since <= a.until, { message: 'until must not be before since.', path: ['until'] });
export type AffiliationInput = z.infer<typeof affiliationInput>;

export const createPersonBody = z.strictObject({
  name: line(200),
  jobTitle: optionalText(200),
  email: z
    .email({ message: 'Must be an e-mail address.' })
    .max(254)
    .transform((v) => v.toLowerCase())
    .nullable()
    .optional(),
  phone: z
    .string()
    .trim()
    .regex(/^\+?[0-9 ()\-.]{3,40}$/, 'Must be a phone number.')
    .nullable()
    .optional(),
  tags: z.array(tag).max(50).optional(),
  affiliations: z.array(affiliationInput).max(50).optional(),
  source: optionalText(500),
  informedOn: isoDate.nullable().optional(),
  lastContactOn: isoDate.nullable().optional(),
});
export type CreatePerson = z.infer<typeof createPersonBody>;

export const updatePersonBody = createPersonBody.partial();
export type UpdatePerson = z.infer<typeof updatePersonBody>;

export const listPeopleQuery = z.strictObject({
  ...pageQuery,
  sort: sortParam(['name', 'createdAt', 'updatedAt'] as const, 'name'),
  organisationId: uuid.optional().describe('Only people affiliated with this organisation.'),
  tag: tag.optional().describe('Only people with this tag.'),
  q: z.string().trim().min(1).max(100).optional().describe('Name starts with (ignoring case and accents).'),
  informed: booleanQuery.describe(
    'false: only people not yet told that Kring holds their data (informedOn unset, AVG art. 14); true: only those who were.',
  ),
});
export type ListPeopleQuery = z.infer<typeof listPeopleQuery>;

export const personPage = pageOf(personSchema);
