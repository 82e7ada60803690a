import { z } from 'zod';
import { attendanceStatuses, interactionKinds, noteVisibilities } from '../../domain/vocabulary.ts';
import { isoDate, line, optionalText, pageOf, recordParams, sortParam, uuid, versioned } from '../../http/schemas.ts';
import { pageQuery } from '../../http/pagination.ts';
import { createActionBody } from '../actions/action.schema.ts';

export type InteractionKind = (typeof interactionKinds)[number];
export type Attendance = (typeof attendanceStatuses)[number];

const MAX_LINKS = 500;
const links = (what: string) =>
  z
    .array(uuid)
    .max(MAX_LINKS, `At most ${MAX_LINKS} ${what}.`)
    .optional()
    .describe(`${what} of the same workspace; on PATCH the list replaces the old one.`);

const time = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Must be a time as HH:MM.')
  .describe('Start time, HH:MM, local to the workspace.');

export const participantSchema = z
  .object({
    personId: uuid,
    name: z.string(),
    attendance: z.enum(attendanceStatuses).describe('Only attended counts as contact for the last-contact date.'),
  })
  .meta({ id: 'Participant' });

export const interactionSchema = z
  .object({
    id: uuid,
    workspaceId: uuid,
    kind: z.enum(interactionKinds),
    title: z.string(),
    date: isoDate,
    startTime: time.nullable(),
    durationMinutes: z.number().int().nullable(),
    groupId: uuid.nullable().describe('The group whose meeting this was.'),
    participants: z.array(participantSchema).describe('Ordered by name.'),
    organisationIds: z.array(uuid),
    themeIds: z.array(uuid),
    summary: z.string().nullable().describe('Null for readers other than the author when the summary is private.'),
    summaryVisibility: z.enum(noteVisibilities),
    outcome: z.string().nullable().describe('What came of it, e.g. of an informative session.'),
    authorId: uuid.nullable().describe('The user who logged the interaction.'),
    ...versioned,
  })
  .meta({ id: 'Interaction' });
export type Interaction = z.infer<typeof interactionSchema>;

const participantInput = z.strictObject({
  personId: uuid,
  attendance: z
    .enum(attendanceStatuses)
    .optional()
    .describe('Defaults to invited for an informative session, attended for every other kind.'),
});

const interactionFields = z.strictObject({
  kind: z.enum(interactionKinds),
  title: line(200),
  date: isoDate,
  startTime: time.nullable().optional(),
  durationMinutes: z.number().int().min(1).max(1440).nullable().optional(),
  groupId: uuid.nullable().optional().describe('A group of the same workspace.'),
  participants: z
    .array(participantInput)
    .max(MAX_LINKS, `At most ${MAX_LINKS} participants.`)
    .optional()
    .describe('People of the same workspace; on PATCH the list replaces the old one.'),
  organisationIds: links('Organisations'),
  themeIds: links('Themes'),
  summary: optionalText(20_000),
  summaryVisibility: z.enum(noteVisibilities).optional().describe('Defaults to workspace; private: only the author reads the summary.'),
  outcome: optionalText(5000),
});

const MAX_FOLLOW_UPS = 50;

export const createInteractionBody = interactionFields.extend({
  followUps: z
    .array(createActionBody.omit({ interactionId: true }))
    .max(MAX_FOLLOW_UPS, `At most ${MAX_FOLLOW_UPS} follow-up actions.`)
    .optional()
    .describe('Follow-up actions created with the interaction, in the same transaction; later through /actions?interactionId=.'),
});
export type CreateInteraction = z.infer<typeof createInteractionBody>;

export const updateInteractionBody = interactionFields.partial();
export type UpdateInteraction = z.infer<typeof updateInteractionBody>;

export const interactionSorts = ['date', 'createdAt'] as const;

export const listInteractionsQuery = z.strictObject({
  ...pageQuery,
  sort: sortParam(interactionSorts, '-date' as 'date'),
  kind: z.enum(interactionKinds).optional(),
  themeId: uuid.optional().describe('Only interactions about this theme.'),
  personId: uuid.optional().describe('Only interactions with this participant.'),
  organisationId: uuid.optional().describe('Only interactions linked to this organisation.'),
  groupId: uuid.optional().describe("Only this group's meetings."),
  dateFrom: isoDate.optional().describe('On or after this date.'),
  dateTo: isoDate.optional().describe('On or before this date.'),
});
export type ListInteractionsQuery = z.infer<typeof listInteractionsQuery>;

export const interactionPage = pageOf(interactionSchema);

export const participantParams = recordParams('interactionId').extend({ personId: uuid });

export const putParticipantBody = z.strictObject({
  attendance: z.enum(attendanceStatuses),
});
