import type { AppContext } from '../../app/context.ts';
import { jsonRowCursor } from '../../db/keyset.ts';
import type { WorkspaceActor } from '../../http/route.ts';
import { nowIso } from '../../lib/clock.ts';
import { listActions, actionCursor, presentAction } from '../actions/action.repository.ts';
import { listActionsQuery } from '../actions/action.schema.ts';
import { auditByActor } from '../audit/audit.repository.ts';
import { listPlans, planCursor, presentPlans } from '../engagement-plans/engagement-plan.repository.ts';
import { listEngagementPlansQuery } from '../engagement-plans/engagement-plan.schema.ts';
import { interactionCursor, listInteractions, presentInteractions } from '../interactions/interaction.repository.ts';
import { listInteractionsQuery } from '../interactions/interaction.schema.ts';
import { listVisibleNotes, noteCursor, presentNote, visibleNotesOn } from '../notes/note.repository.ts';
import { listNotesQuery } from '../notes/note.schema.ts';
import { getPerson } from '../people/person.service.ts';
import { listRelationsAsJson } from '../relations/relation.repository.ts';
import { listRelationsQuery, type Relation } from '../relations/relation.schema.ts';
import { assessmentCursor, listAssessments, presentAssessments } from '../stakeholder-assessments/stakeholder-assessment.repository.ts';
import { listStakeholderAssessmentsQuery } from '../stakeholder-assessments/stakeholder-assessment.schema.ts';
import { findCadenceFor, presentCadence } from '../stay-in-touch/contact-cadence.repository.ts';
import { cadencesOfOthers, everyRow, groupsOf, historyOf, privateNotesOfOthers } from './personal-data.repository.ts';
import type { PersonalData } from './personal-data.schema.ts';

/**
 * Everything the workspace holds on one person, as the reader may see it, for a subject access
 * request (AVG art. 15): each list through its own query and presentation, every page of it.
 * Asking is recorded in the audit log, as an export of the person.
 */
export async function personalData(ctx: AppContext, actor: WorkspaceActor, personId: string): Promise<PersonalData> {
  const db = ctx.db.kysely;
  const { workspaceId, userId } = actor;
  const person = await getPerson(ctx, workspaceId, personId);

  const relationsQuery = listRelationsQuery.parse({ partyId: personId });
  const relations = await everyRow(
    (cursor, limit) => listRelationsAsJson(db, workspaceId, { ...relationsQuery, cursor, limit }),
    jsonRowCursor,
  );

  const notesQuery = listNotesQuery.parse({ subjectType: 'person', subjectId: personId });
  const notesOnPerson = await everyRow(
    (cursor, limit) => listVisibleNotes(db, workspaceId, userId, { ...notesQuery, cursor, limit }),
    noteCursor,
  );
  // A note on a relation of the person is about them too.
  const relationIds = relations.map((row) => row.id);
  const notesOnRelations = await visibleNotesOn(db, workspaceId, userId, 'relation', relationIds);
  const notes = [...notesOnPerson, ...notesOnRelations].sort(newestFirst);

  const interactionsQuery = listInteractionsQuery.parse({ personId });
  const interactionRows = await everyRow(
    (cursor, limit) => listInteractions(db, workspaceId, { ...interactionsQuery, cursor, limit }),
    (row) => interactionCursor(row, interactionsQuery.sort),
  );

  const assessmentsQuery = listStakeholderAssessmentsQuery.parse({ partyId: personId, sort: '-assessedOn' });
  const assessmentRows = await everyRow(
    (cursor, limit) => listAssessments(db, workspaceId, { ...assessmentsQuery, cursor, limit }),
    (row) => assessmentCursor(row, assessmentsQuery.sort),
  );

  const plansQuery = listEngagementPlansQuery.parse({ partyId: personId });
  const planRows = await everyRow(
    (cursor, limit) => listPlans(db, workspaceId, { ...plansQuery, cursor, limit }),
    (row) => planCursor(row, plansQuery.sort),
  );

  const actionsQuery = listActionsQuery.parse({ ownerPersonId: personId });
  const actionRows = await everyRow(
    (cursor, limit) => listActions(db, workspaceId, { ...actionsQuery, cursor, limit }),
    (row) => actionCursor(row, actionsQuery.sort),
  );

  const ownCadence = await findCadenceFor(db, workspaceId, userId, personId);

  await auditByActor(db, { workspaceId, userId, ip: actor.ip }, 'export', 'person', personId);
  return {
    person,
    generatedAt: nowIso(),
    relations: relations.map((row) => JSON.parse(row.json) as Relation),
    notes: notes.map(presentNote),
    privateNotesOfOthers: await privateNotesOfOthers(db, workspaceId, [personId, ...relationIds], userId),
    interactions: (await presentInteractions(db, interactionRows, userId)).map((interaction) => ({
      id: interaction.id,
      kind: interaction.kind,
      title: interaction.title,
      date: interaction.date,
      attendance: interaction.participants.find((participant) => participant.personId === personId)!.attendance,
      summary: interaction.summary,
      outcome: interaction.outcome,
    })),
    groups: await groupsOf(db, workspaceId, personId),
    stakeholderAssessments: await presentAssessments(db, assessmentRows),
    engagementPlans: await presentPlans(db, planRows),
    actions: actionRows.map(presentAction),
    contactCadences: ownCadence ? [presentCadence(ownCadence)] : [],
    contactCadencesOfOthers: await cadencesOfOthers(db, workspaceId, personId, userId),
    history: await historyOf(db, workspaceId, personId),
  };
}

/** The notes list's order: newest first, the id breaking ties as its keyset does. */
function newestFirst(a: { createdAt: string; id: string }, b: { createdAt: string; id: string }): number {
  return a.createdAt === b.createdAt ? (a.id < b.id ? 1 : -1) : a.createdAt < b.createdAt ? 1 : -1;
}
