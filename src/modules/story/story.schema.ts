import { z } from 'zod';
import { isoDate, uuid } from '../../http/schemas.ts';
import { storyLanguages } from './story-document.ts';

export const timelineKinds = [
  'mandateGranted',
  'mandateReview',
  'initiativeStarted',
  'initiativeEnded',
  'groupJoined',
  'interaction',
  'knowledgeShared',
  'stakeholderAssessed',
  'maturityAssessed',
  'decision',
] as const;
export type TimelineKind = (typeof timelineKinds)[number];

export const timelineEventSchema = z
  .object({
    date: isoDate,
    kind: z.enum(timelineKinds),
    recordType: z.string().describe('The resource the event comes from, e.g. interaction or decision.'),
    recordId: uuid,
    title: z.string().describe('The record’s own title or name.'),
    detail: z.string().nullable().describe('A code from the record’s vocabulary: its kind, status or outcome.'),
    partyName: z.string().nullable().describe('The person, organisation or group the event is about, when there is one.'),
  })
  .meta({ id: 'TimelineEvent' });
export type TimelineEvent = z.infer<typeof timelineEventSchema>;

export const timelineSchema = z.object({ data: z.array(timelineEventSchema) }).meta({ id: 'Timeline' });

export const growthPointSchema = z
  .object({
    year: z.string().describe('YYYY'),
    people: z.number().int(),
    organisations: z.number().int(),
    relations: z.number().int(),
    groupMemberships: z.number().int(),
  })
  .meta({ id: 'NetworkGrowthPoint' });
export type GrowthPoint = z.infer<typeof growthPointSchema>;

export const networkGrowthSchema = z
  .object({ data: z.array(growthPointSchema).describe('Cumulative counts at the end of each year, oldest first.') })
  .meta({ id: 'NetworkGrowth' });

export const reportQuery = z.strictObject({
  lang: z.enum(storyLanguages).optional().describe('The report’s language; defaults to the Accept-Language header, then Dutch.'),
});
