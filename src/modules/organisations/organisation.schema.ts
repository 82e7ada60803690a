import { z } from 'zod';
import { organisationKinds } from '../../domain/vocabulary.ts';
import { line, optionalText, pageOf, sortParam, uuid, versioned } from '../../http/schemas.ts';
import { pageQuery } from '../../http/pagination.ts';

export { organisationKinds };
export type OrganisationKind = (typeof organisationKinds)[number];

export const organisationSchema = z
  .object({
    id: uuid,
    workspaceId: uuid,
    name: z.string(),
    kind: z.enum(organisationKinds),
    code: z.string().nullable().describe('Official code, e.g. the CBS municipality code GM0678.'),
    parentId: uuid.nullable().describe('The organisation this one is a unit of.'),
    description: z.string().nullable(),
    website: z.string().nullable(),
    ...versioned,
  })
  .meta({ id: 'Organisation' });
export type Organisation = z.infer<typeof organisationSchema>;

const website = z
  .url({ protocol: /^https?$/, message: 'Must be an http(s) URL.' })
  .max(500)
  .nullable()
  .optional();
const code = z.string().trim().min(1).max(40).nullable().optional();

export const createOrganisationBody = z.strictObject({
  name: line(200),
  kind: z.enum(organisationKinds),
  code,
  parentId: uuid.nullable().optional(),
  description: optionalText(5000),
  website,
});
export type CreateOrganisation = z.infer<typeof createOrganisationBody>;

export const updateOrganisationBody = createOrganisationBody.partial();
export type UpdateOrganisation = z.infer<typeof updateOrganisationBody>;

export const organisationSorts = ['name', 'createdAt', 'updatedAt'] as const;

export const listOrganisationsQuery = z.strictObject({
  ...pageQuery,
  sort: sortParam(organisationSorts, 'name'),
  kind: z.enum(organisationKinds).optional(),
  parentId: uuid.optional().describe('Only the direct units of this organisation.'),
  topLevel: z.enum(['true', 'false']).optional().describe('true: only organisations that are not a unit.'),
  q: z.string().trim().min(1).max(100).optional().describe('Name starts with (ignoring case and accents).'),
});
export type ListOrganisationsQuery = z.infer<typeof listOrganisationsQuery>;

export const organisationPage = pageOf(organisationSchema);
