import { z } from 'zod';
import { engagementLevels, partyTypes } from '../../domain/vocabulary.ts';
import { isoDate, optionalText, pageOf, sortParam, uuid, versioned } from '../../http/schemas.ts';
import { pageQuery } from '../../http/pagination.ts';

export type EngagementLevel = (typeof engagementLevels)[number];

export const engagementPlanSchema = z
  .object({
    id: uuid,
    workspaceId: uuid,
    themeId: uuid,
    partyId: uuid.describe('The stakeholder: a person or organisation.'),
    partyType: z.enum(partyTypes),
    partyName: z.string(),
    level: z.enum(engagementLevels).describe('How far the stakeholder is involved, from inform to empower.'),
    keyMessage: z.string().nullable(),
    channel: z.string().nullable().describe('How the message travels, e.g. informative session, one-to-one, newsletter.'),
    ownerId: uuid.nullable().describe('The person who keeps this relationship.'),
    nextStep: z.string().nullable(),
    nextStepDueOn: isoDate.nullable(),
    ...versioned,
  })
  .meta({ id: 'EngagementPlan' });
export type EngagementPlan = z.infer<typeof engagementPlanSchema>;

const plan = {
  level: z.enum(engagementLevels),
  keyMessage: optionalText(2000),
  channel: optionalText(200),
  ownerId: uuid.nullable().optional().describe('A person of the same workspace.'),
  nextStep: optionalText(500),
  nextStepDueOn: isoDate.nullable().optional(),
};

export const createEngagementPlanBody = z.strictObject({
  themeId: uuid.describe('A theme of the same workspace.'),
  partyId: uuid.describe('A person or organisation of the same workspace; one plan per party and theme.'),
  ...plan,
});
export type CreateEngagementPlan = z.infer<typeof createEngagementPlanBody>;

export const updateEngagementPlanBody = z.strictObject(plan).partial();
export type UpdateEngagementPlan = z.infer<typeof updateEngagementPlanBody>;

export const listEngagementPlansQuery = z.strictObject({
  ...pageQuery,
  sort: sortParam(['createdAt', 'updatedAt'] as const, 'createdAt'),
  themeId: uuid.optional(),
  partyId: uuid.optional(),
  ownerId: uuid.optional(),
  level: z.enum(engagementLevels).optional(),
  nextStepDueBefore: isoDate.optional().describe('Only plans whose next step is due before this date.'),
});
export type ListEngagementPlansQuery = z.infer<typeof listEngagementPlansQuery>;

export const engagementPlanPage = pageOf(engagementPlanSchema);
