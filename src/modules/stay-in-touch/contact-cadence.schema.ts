import { z } from 'zod';
import { pageOf, sortParam, uuid, versioned } from '../../http/schemas.ts';
import { pageQuery } from '../../http/pagination.ts';

const everyDays = z.number().int().min(1).max(3650).describe('Speak to the person at least every this many days.');

export const contactCadenceSchema = z
  .object({
    id: uuid,
    workspaceId: uuid,
    userId: uuid.describe('The member who wants to keep in touch; cadences are personal.'),
    personId: uuid,
    personName: z.string(),
    everyDays,
    ...versioned,
  })
  .meta({ id: 'ContactCadence' });
export type ContactCadence = z.infer<typeof contactCadenceSchema>;

export const createContactCadenceBody = z.strictObject({
  personId: uuid.describe('A person of the same workspace; one cadence per person for each member.'),
  everyDays,
});
export type CreateContactCadence = z.infer<typeof createContactCadenceBody>;

export const updateContactCadenceBody = z.strictObject({ everyDays: everyDays.optional() });
export type UpdateContactCadence = z.infer<typeof updateContactCadenceBody>;

export const listContactCadencesQuery = z.strictObject({
  ...pageQuery,
  sort: sortParam(['createdAt'] as const, 'createdAt'),
  personId: uuid.optional(),
});
export type ListContactCadencesQuery = z.infer<typeof listContactCadencesQuery>;

export const contactCadencePage = pageOf(contactCadenceSchema);
