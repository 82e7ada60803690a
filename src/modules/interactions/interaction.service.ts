import type { Kysely } from 'kysely';
import type { AppContext } from '../../app/context.ts';
import type { Database } from '../../db/schema.ts';
import { forbidden, notFound, preconditionFailed } from '../../http/errors.ts';
import { assertVersion } from '../../http/etag.ts';
import type { WorkspaceActor } from '../../http/route.ts';
import { nowIso } from '../../lib/clock.ts';
import { newId } from '../../lib/ids.ts';
import { checkActionReferences, insertActions, newActionRow } from '../actions/action.service.ts';
import { auditByActor } from '../audit/audit.repository.ts';
import { deleteNotesOn } from '../notes/note.repository.ts';
import * as repo from './interaction.repository.ts';
import type { Attendance, CreateInteraction, Interaction, InteractionKind, UpdateInteraction } from './interaction.schema.ts';
import { syncLastContact } from './last-contact.repository.ts';
import { replaceLinkRows } from './link-rows.repository.ts';
import { ReferenceCheck } from './references.ts';
import { existingIds } from '../method/reference-check.ts';

type Executor = Kysely<Database>;

/** Invitees of a session have not been met yet; every other kind logs a contact that took place. */
const defaultAttendance = (kind: InteractionKind): Attendance => (kind === 'informative_session' ? 'invited' : 'attended');

async function checkReferences(
  db: Executor,
  workspaceId: string,
  input: UpdateInteraction & Pick<CreateInteraction, 'followUps'>,
): Promise<void> {
  const check = new ReferenceCheck(db, workspaceId);
  await check.one('groups', '/groupId', input.groupId);
  await check.list('people', '/participants', input.participants, (p) => p.personId, '/personId');
  await check.ids('organisations', '/organisationIds', input.organisationIds);
  await check.ids('themes', '/themeIds', input.themeIds);
  for (const [index, followUp] of (input.followUps ?? []).entries()) await checkActionReferences(check, followUp, `/followUps/${index}`);
  check.throwIfAny();
}

/** The dates of attended participation that a change takes away, per person. */
function withdrawnDates(participants: Map<string, Attendance>, date: string): Map<string, string> {
  return new Map([...participants].filter(([, attendance]) => attendance === 'attended').map(([personId]) => [personId, date]));
}

async function present(db: Executor, actor: WorkspaceActor, id: string): Promise<Interaction> {
  const row = await repo.findInteraction(db, actor.workspaceId, id);
  if (!row) throw notFound('Interaction');
  const [interaction] = await repo.presentInteractions(db, [row], actor.userId);
  return interaction as Interaction;
}

export const getInteraction = (ctx: AppContext, actor: WorkspaceActor, id: string) => present(ctx.db.kysely, actor, id);

/** Logs an interaction with its follow-up actions and moves its attendees' last-contact date forward, in one transaction. */
export async function createInteraction(ctx: AppContext, actor: WorkspaceActor, input: CreateInteraction): Promise<Interaction> {
  const now = nowIso();
  const row = {
    id: newId(),
    workspaceId: actor.workspaceId,
    kind: input.kind,
    title: input.title,
    date: input.date,
    startTime: input.startTime ?? null,
    durationMinutes: input.durationMinutes ?? null,
    groupId: input.groupId ?? null,
    summary: input.summary ?? null,
    summaryVisibility: input.summaryVisibility ?? 'workspace',
    outcome: input.outcome ?? null,
    authorId: actor.userId,
    version: 1,
    createdAt: now,
    updatedAt: now,
  };
  const participants = (input.participants ?? []).map((p) => ({
    personId: p.personId,
    attendance: p.attendance ?? defaultAttendance(input.kind),
  }));
  return ctx.db.kysely.transaction().execute(async (trx) => {
    await checkReferences(trx, actor.workspaceId, input);
    await repo.insertInteraction(trx, row);
    await repo.replaceParticipants(trx, actor.workspaceId, row.id, participants);
    await replaceLinkRows(trx, 'interactionOrganisations', actor.workspaceId, row.id, input.organisationIds ?? []);
    await replaceLinkRows(trx, 'interactionThemes', actor.workspaceId, row.id, input.themeIds ?? []);
    await syncLastContact(
      trx,
      participants.map((p) => p.personId),
      new Map(),
    );
    await auditByActor(trx, actor, 'create', 'interaction', row.id);
    const followUps = (input.followUps ?? []).map((action) => newActionRow(actor.workspaceId, { ...action, interactionId: row.id }, now));
    await insertActions(trx, actor, followUps);
    return present(trx, actor, row.id);
  });
}

/** Changes an interaction; only its author may change the summary or its visibility. */
export async function updateInteraction(
  ctx: AppContext,
  actor: WorkspaceActor,
  id: string,
  expected: number,
  input: UpdateInteraction,
): Promise<Interaction> {
  return ctx.db.kysely.transaction().execute(async (trx) => {
    const current = await repo.findInteraction(trx, actor.workspaceId, id);
    if (!current) throw notFound('Interaction');
    assertVersion(current, expected);
    if ((input.summary !== undefined || input.summaryVisibility !== undefined) && current.authorId !== actor.userId) {
      throw forbidden('Only the author may change the summary of an interaction.');
    }
    await checkReferences(trx, actor.workspaceId, input);
    const { participants, organisationIds, themeIds, ...fields } = input;
    const before = await repo.participantsOf(trx, id);
    if (!(await repo.updateInteraction(trx, id, expected, { ...fields, updatedAt: nowIso() }))) throw preconditionFailed(current.version);
    const kind = input.kind ?? (current.kind as InteractionKind);
    if (participants !== undefined) {
      const rows = participants.map((p) => ({
        personId: p.personId,
        attendance: p.attendance ?? before.get(p.personId) ?? defaultAttendance(kind),
      }));
      await repo.replaceParticipants(trx, actor.workspaceId, id, rows);
    }
    if (organisationIds !== undefined) await replaceLinkRows(trx, 'interactionOrganisations', actor.workspaceId, id, organisationIds);
    if (themeIds !== undefined) await replaceLinkRows(trx, 'interactionThemes', actor.workspaceId, id, themeIds);
    if (participants !== undefined || input.date !== undefined) {
      const affected = [...before.keys(), ...(participants ?? []).map((p) => p.personId)];
      await syncLastContact(trx, affected, withdrawnDates(before, current.date));
    }
    await auditByActor(trx, actor, 'update', 'interaction', id);
    return present(trx, actor, id);
  });
}

/**
 * Records one participant's attendance (adding them when they were not invited, e.g. a
 * walk-in), and keeps their last-contact date in step. With `expected` the interaction must
 * still be at that version.
 */
export async function setAttendance(
  ctx: AppContext,
  actor: WorkspaceActor,
  id: string,
  personId: string,
  attendance: Attendance,
  expected: number | undefined,
): Promise<Interaction> {
  return ctx.db.kysely.transaction().execute(async (trx) => {
    const current = await repo.findInteraction(trx, actor.workspaceId, id);
    if (!current) throw notFound('Interaction');
    if (expected !== undefined) assertVersion(current, expected);
    if (!(await existingIds(trx, 'people', actor.workspaceId, [personId])).has(personId)) throw notFound('Person');
    const before = await repo.participantsOf(trx, id);
    const was = before.get(personId);
    await repo.upsertParticipant(trx, actor.workspaceId, id, personId, attendance);
    await touch(trx, current);
    await syncLastContact(trx, [personId], withdrawnDates(new Map(was ? [[personId, was]] : []), current.date));
    await auditByActor(trx, actor, 'update', 'interaction', id);
    return present(trx, actor, id);
  });
}

/** Takes a person off the participants. */
export async function removeParticipant(
  ctx: AppContext,
  actor: WorkspaceActor,
  id: string,
  personId: string,
  expected: number | undefined,
): Promise<void> {
  await ctx.db.kysely.transaction().execute(async (trx) => {
    const current = await repo.findInteraction(trx, actor.workspaceId, id);
    if (!current) throw notFound('Interaction');
    if (expected !== undefined) assertVersion(current, expected);
    const was = (await repo.participantsOf(trx, id)).get(personId);
    if (!was) throw notFound('Participant');
    await repo.removeParticipant(trx, id, personId);
    await touch(trx, current);
    await syncLastContact(trx, [personId], withdrawnDates(new Map([[personId, was]]), current.date));
    await auditByActor(trx, actor, 'update', 'interaction', id);
  });
}

/** A change to the participants is a change to the interaction: a new version. */
async function touch(db: Executor, current: repo.InteractionRow): Promise<void> {
  if (!(await repo.updateInteraction(db, current.id, current.version, { updatedAt: nowIso() }))) throw preconditionFailed(current.version);
}

/** Deletes an interaction with its notes; its attendees' last-contact dates are recomputed. */
export async function deleteInteraction(ctx: AppContext, actor: WorkspaceActor, id: string): Promise<void> {
  await ctx.db.kysely.transaction().execute(async (trx) => {
    const current = await repo.findInteraction(trx, actor.workspaceId, id);
    if (!current) throw notFound('Interaction');
    const before = await repo.participantsOf(trx, id);
    await deleteNotesOn(trx, actor.workspaceId, 'interaction', [id]);
    await repo.deleteInteraction(trx, actor.workspaceId, id);
    await syncLastContact(trx, [...before.keys()], withdrawnDates(before, current.date));
    await auditByActor(trx, actor, 'delete', 'interaction', id);
  });
}
