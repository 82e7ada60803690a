import { z } from 'zod';
import { isoDate, optionalText, pageOf, sortParam, uuid, versioned } from '../../http/schemas.ts';
import { pageQuery } from '../../http/pagination.ts';
import { MAX_DIMENSIONS } from './maturity-model.schema.ts';

const scoreSchema = z.object({
  dimensionKey: z.string(),
  score: z.number().int().describe('1 up to the number of levels of the model.'),
  evidence: z.string().nullable().describe('What the score rests on.'),
});

export const assessmentSchema = z
  .object({
    id: uuid,
    workspaceId: uuid,
    organisationId: uuid,
    modelId: uuid,
    assessedOn: isoDate,
    assessorId: uuid.nullable().describe('The person who made the assessment.'),
    summary: z.string().nullable(),
    scores: z.array(scoreSchema).describe("In the order of the model's dimensions; dimensions not assessed are absent."),
    ...versioned,
  })
  .meta({ id: 'Assessment', description: "An organisation's position on a maturity model at a date." });
export type Assessment = z.infer<typeof assessmentSchema>;

const scoreInput = z.strictObject({
  dimensionKey: z.string().min(1).max(40).describe("A key of the model's dimensions, each at most once."),
  score: z.number().int('Must be a whole number.').min(1, 'At least 1.'),
  evidence: optionalText(5000),
});
export type ScoreInput = z.infer<typeof scoreInput>;

export const createAssessmentBody = z.strictObject({
  organisationId: uuid.describe('An organisation of the same workspace.'),
  modelId: uuid.describe('A maturity model of the same workspace.'),
  assessedOn: isoDate.describe('One assessment per organisation, model and date.'),
  assessorId: uuid.nullable().optional().describe('A person of the same workspace.'),
  summary: optionalText(5000),
  scores: z.array(scoreInput).min(1, 'At least 1 score.').max(MAX_DIMENSIONS, `At most ${MAX_DIMENSIONS} scores.`),
});
export type CreateAssessment = z.infer<typeof createAssessmentBody>;

export const updateAssessmentBody = createAssessmentBody.omit({ modelId: true }).partial();
export type UpdateAssessment = z.infer<typeof updateAssessmentBody>;

export const listAssessmentsQuery = z.strictObject({
  ...pageQuery,
  sort: sortParam(['assessedOn', 'createdAt'] as const, '-assessedOn' as 'assessedOn'),
  organisationId: uuid.optional().describe("Only this organisation's assessments: its history."),
  modelId: uuid.optional(),
  assessorId: uuid.optional(),
});
export type ListAssessmentsQuery = z.infer<typeof listAssessmentsQuery>;

export const assessmentPage = pageOf(assessmentSchema);
