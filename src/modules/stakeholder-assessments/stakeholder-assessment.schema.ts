import { z } from 'zod';
import { mendelowQuadrants, partyTypes, stakeholderConcerns, stakeholderSides, stakeholderTypes } from '../../domain/vocabulary.ts';
import { isoDate, optionalText, pageOf, recordParams, sortParam, uuid, versioned } from '../../http/schemas.ts';
import { pageQuery } from '../../http/pagination.ts';

export type StakeholderConcern = (typeof stakeholderConcerns)[number];

const score = (min: number, max: number, what: string) => z.number().int().min(min).max(max).describe(what);

const salienceSchema = z
  .object({
    power: z.boolean().describe('Can impose its will.'),
    legitimacy: z.boolean().describe('Has a legitimate claim or role.'),
    urgency: z.boolean().describe('Its claim calls for immediate attention.'),
  })
  .meta({ id: 'Salience' });

export const stakeholderAssessmentSchema = z
  .object({
    id: uuid,
    workspaceId: uuid,
    themeId: uuid,
    partyId: uuid.describe('The person or organisation assessed.'),
    partyType: z.enum(partyTypes),
    partyName: z.string(),
    assessedOn: isoDate,
    power: score(1, 5, 'Power over the theme, 1–5.'),
    interest: score(1, 5, 'Interest in the theme, 1–5.'),
    attitude: score(-2, 2, 'From −2 (opposed) through 0 (neutral) to +2 (champion).'),
    concerns: z.array(z.enum(stakeholderConcerns)),
    concernNote: z.string().nullable().describe('Free text, e.g. to explain "other".'),
    salience: salienceSchema,
    stakeholderType: z.enum(stakeholderTypes).describe('Mitchell, Agle & Wood (1997), computed from salience.'),
    quadrant: z.enum(mendelowQuadrants).describe('Mendelow’s grid, computed from power and interest (4–5 is high).'),
    side: z.enum(stakeholderSides),
    ...versioned,
  })
  .meta({ id: 'StakeholderAssessment' });
export type StakeholderAssessment = z.infer<typeof stakeholderAssessmentSchema>;

const judgement = {
  assessedOn: isoDate.optional().describe('Defaults to today; one assessment per party, theme and day.'),
  power: score(1, 5, 'Power over the theme, 1–5.'),
  interest: score(1, 5, 'Interest in the theme, 1–5.'),
  attitude: score(-2, 2, 'From −2 (opposed) to +2 (champion).'),
  concerns: z
    .array(z.enum(stakeholderConcerns))
    .max(stakeholderConcerns.length)
    .refine((list) => new Set(list).size === list.length, 'Each concern at most once.')
    .optional(),
  concernNote: optionalText(2000),
  salience: z
    .strictObject({ power: z.boolean().optional(), legitimacy: z.boolean().optional(), urgency: z.boolean().optional() })
    .optional()
    .describe('Attributes left out are false on create and unchanged on PATCH.'),
  side: z.enum(stakeholderSides),
};

export const createStakeholderAssessmentBody = z.strictObject({
  themeId: uuid.describe('A theme of the same workspace.'),
  partyId: uuid.describe('A person or organisation of the same workspace.'),
  ...judgement,
});
export type CreateStakeholderAssessment = z.infer<typeof createStakeholderAssessmentBody>;

export const updateStakeholderAssessmentBody = z.strictObject(judgement).partial();
export type UpdateStakeholderAssessment = z.infer<typeof updateStakeholderAssessmentBody>;

export const listStakeholderAssessmentsQuery = z.strictObject({
  ...pageQuery,
  sort: sortParam(['assessedOn', 'createdAt'] as const, '-assessedOn' as 'assessedOn'),
  themeId: uuid.optional(),
  partyId: uuid.optional().describe("With sort=-assessedOn: the party's history, newest first."),
  side: z.enum(stakeholderSides).optional(),
});
export type ListStakeholderAssessmentsQuery = z.infer<typeof listStakeholderAssessmentsQuery>;

export const stakeholderAssessmentPage = pageOf(stakeholderAssessmentSchema);

export const gridParams = recordParams('themeId');
export const gridQuery = z.strictObject({
  side: z.enum(stakeholderSides).optional(),
  asOf: isoDate.optional().describe('The grid as it stood on this day; today by default.'),
});
export const stakeholderGridSchema = z
  .object({
    themeId: uuid,
    data: z.array(stakeholderAssessmentSchema).describe('The latest assessment of each party, by party name.'),
  })
  .meta({ id: 'StakeholderGrid' });
export type StakeholderGrid = z.infer<typeof stakeholderGridSchema>;
