import { z } from 'zod';
import { pageQuery } from '../../http/pagination.ts';
import { isoDate, line, optionalText, pageOf, sortParam, uuid, versioned } from '../../http/schemas.ts';
import { partyTypes, relationTypeKey } from '../../domain/vocabulary.ts';

export { partyTypes };
const typeKey = z.string().regex(relationTypeKey, 'Must be a relation type key such as works_with.');
const strength = z.number().int().min(1, 'At least 1.').max(5, 'At most 5.');

export const relationSchema = z
  .object({
    id: uuid,
    workspaceId: uuid,
    from: uuid,
    fromType: z.enum(partyTypes),
    fromName: z.string(),
    to: uuid,
    toType: z.enum(partyTypes),
    toName: z.string(),
    type: z.string(),
    directed: z.boolean(),
    strength: z.number().int(),
    since: isoDate.nullable(),
    until: isoDate.nullable(),
    note: z.string().nullable(),
    source: z.string().nullable(),
    ...versioned,
  })
  .meta({ id: 'Relation' });
export type Relation = z.infer<typeof relationSchema>;

const relationFields = {
  from: uuid.describe('Id of a person or organisation in this workspace.'),
  to: uuid.describe('Id of a person or organisation in this workspace.'),
  type: typeKey,
  directed: z.boolean().optional().describe('Defaults to the type’s direction.'),
  strength: strength.optional().describe('1 (weak) to 5 (strong); default 3.'),
  since: isoDate.nullable().optional(),
  until: isoDate.nullable().optional(),
  note: optionalText(2000),
  source: optionalText(500),
};

const datesInOrder = (r: { since?: string | null; until?: string | null }) => !r.since || !r.until || r.since <= r.until;
const datesMessage = { message: 'until must not be before since.', path: ['until'] };
const differentEnds = (r: { from?: string; to?: string }) => r.from === undefined || r.from !== r.to;
const endsMessage = { message: 'A relation needs two different parties.', path: ['to'] };

export const createRelationBody = z.strictObject(relationFields).refine(datesInOrder, datesMessage).refine(differentEnds, endsMessage);
export type CreateRelation = z.infer<typeof createRelationBody>;

export const updateRelationBody = z
  .strictObject(relationFields)
  .partial()
  .refine(datesInOrder, datesMessage)
  .refine(differentEnds, endsMessage);
export type UpdateRelation = z.infer<typeof updateRelationBody>;

export const listRelationsQuery = z.strictObject({
  ...pageQuery,
  sort: sortParam(['createdAt', 'updatedAt'] as const, 'createdAt'),
  partyId: uuid.optional().describe('Relations of this person or organisation, either end.'),
  from: uuid.optional(),
  to: uuid.optional(),
  type: typeKey.optional(),
  activeOn: isoDate.optional().describe('Only relations active on this date.'),
  minStrength: z.coerce.number().int().min(1).max(5).optional(),
});
export type ListRelationsQuery = z.infer<typeof listRelationsQuery>;

export const relationPage = pageOf(relationSchema);

export const relationTypeSchema = z
  .object({ key: z.string(), label: z.string(), directed: z.boolean(), builtIn: z.boolean() })
  .meta({ id: 'RelationType' });
export const createRelationTypeBody = z.strictObject({ key: typeKey, label: line(80), directed: z.boolean().default(false) });
