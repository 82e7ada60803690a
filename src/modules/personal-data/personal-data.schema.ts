import { z } from 'zod';
import { attendanceStatuses, groupKinds, groupMemberRoles, interactionKinds } from '../../domain/vocabulary.ts';
import { isoDate, timestamp, uuid } from '../../http/schemas.ts';
import { actionSchema } from '../actions/action.schema.ts';
import { engagementPlanSchema } from '../engagement-plans/engagement-plan.schema.ts';
import { noteSchema } from '../notes/note.schema.ts';
import { personSchema } from '../people/person.schema.ts';
import { relationSchema } from '../relations/relation.schema.ts';
import { stakeholderAssessmentSchema } from '../stakeholder-assessments/stakeholder-assessment.schema.ts';
import { contactCadenceSchema } from '../stay-in-touch/contact-cadence.schema.ts';

/** An interaction as it concerns the person: without the other participants. */
const interactionTakenPart = z
  .object({
    id: uuid,
    kind: z.enum(interactionKinds),
    title: z.string(),
    date: isoDate,
    attendance: z.enum(attendanceStatuses),
    summary: z.string().nullable().describe('Null for readers other than the author when the summary is private.'),
    outcome: z.string().nullable(),
  })
  .meta({ id: 'PersonalDataInteraction' });

/** A group the person belongs to: without the other members. */
const groupMembership = z
  .object({
    id: uuid,
    name: z.string(),
    kind: z.enum(groupKinds),
    role: z.enum(groupMemberRoles),
    since: isoDate.nullable(),
    until: isoDate.nullable(),
  })
  .meta({ id: 'PersonalDataGroup' });

/** One change to the person's record, as the audit log holds it: who and when, never what. */
const historyEvent = z
  .object({
    action: z.string().describe('create, update, delete, import or export (a report like this one).'),
    at: timestamp,
    actorId: uuid.nullable().describe('The user who did it; null for the command line or a deleted account.'),
    actorName: z.string().nullable(),
  })
  .meta({ id: 'PersonalDataEvent' });

export const personalDataSchema = z
  .object({
    person: personSchema,
    generatedAt: timestamp,
    relations: z.array(relationSchema).describe('Every relation with the person at either end, oldest first.'),
    notes: z.array(noteSchema).describe('The notes on the person and on their relations that the reader may read, newest first.'),
    privateNotesOfOthers: z
      .number()
      .int()
      .describe(
        'Notes on the person or their relations that other members keep private: counted, never shown. Their authors must add them to a request.',
      ),
    interactions: z
      .array(interactionTakenPart)
      .describe('Meetings, calls and sessions the person took part in or was invited to, newest first.'),
    groups: z.array(groupMembership).describe('Groups the person is a member of, by name.'),
    stakeholderAssessments: z.array(stakeholderAssessmentSchema).describe('Every assessment of the person, per theme, newest first.'),
    engagementPlans: z.array(engagementPlanSchema).describe('Plans for engaging the person, one per theme.'),
    actions: z.array(actionSchema).describe('Actions the person owns.'),
    contactCadences: z
      .array(contactCadenceSchema)
      .describe("The reader's own cadence for keeping in touch with the person, if any (at most one)."),
    contactCadencesOfOthers: z
      .number()
      .int()
      .describe('How many other members keep a cadence for the person: cadences are private to their member, so counted, never shown.'),
    history: z.array(historyEvent).describe("Changes to the person's record from the audit log, oldest first."),
  })
  .meta({ id: 'PersonalData' });
export type PersonalData = z.infer<typeof personalDataSchema>;
