import type { Attendance, Interaction, InteractionInput, InteractionKind, NoteVisibility } from '../../api/types.ts';
import { orNull } from '../../lib/form-values.ts';

/** A participant as the form edits it: the name is kept to show it without a lookup. */
export interface ParticipantRow {
  personId: string;
  name: string;
  attendance: Attendance;
}

/** The interaction form's values, all as the inputs hold them. */
export interface InteractionForm {
  kind: InteractionKind;
  title: string;
  date: string;
  startTime: string;
  durationMinutes: string;
  groupId: string;
  participants: ParticipantRow[];
  organisationIds: string[];
  themeIds: string[];
  summary: string;
  summaryVisibility: NoteVisibility;
  outcome: string;
}

/** What a new interaction starts with, taken from where it was logged (a theme, person, group or organisation page). */
export interface InteractionPrefill {
  themeId?: string | null;
  organisationId?: string | null;
  groupId?: string | null;
  person?: { id: string; name: string } | null;
}

/** Invitees of a session have not been met yet; every other kind logs a contact that took place. */
export const defaultAttendance = (kind: InteractionKind): Attendance => (kind === 'informative_session' ? 'invited' : 'attended');

/** An empty form for `today`, with the record it was started from already linked. */
export function newInteractionForm(today: string, prefill: InteractionPrefill = {}): InteractionForm {
  return {
    kind: 'meeting',
    title: '',
    date: today,
    startTime: '',
    durationMinutes: '',
    groupId: prefill.groupId ?? '',
    participants: prefill.person ? [{ personId: prefill.person.id, name: prefill.person.name, attendance: 'attended' }] : [],
    organisationIds: prefill.organisationId ? [prefill.organisationId] : [],
    themeIds: prefill.themeId ? [prefill.themeId] : [],
    summary: '',
    summaryVisibility: 'workspace',
    outcome: '',
  };
}

/** The form for an existing interaction. */
export function interactionToForm(i: Interaction): InteractionForm {
  return {
    kind: i.kind,
    title: i.title,
    date: i.date,
    startTime: i.startTime ?? '',
    durationMinutes: i.durationMinutes === null ? '' : String(i.durationMinutes),
    groupId: i.groupId ?? '',
    participants: i.participants.map((p) => ({ personId: p.personId, name: p.name, attendance: p.attendance })),
    organisationIds: [...i.organisationIds],
    themeIds: [...i.themeIds],
    summary: i.summary ?? '',
    summaryVisibility: i.summaryVisibility,
    outcome: i.outcome ?? '',
  };
}

/**
 * The request body. A duration that is not a whole number is sent as it is, so the server
 * names the problem at the field instead of the client dropping it silently.
 */
export function interactionToInput(f: InteractionForm): InteractionInput {
  const duration = f.durationMinutes.trim();
  return {
    kind: f.kind,
    title: f.title.trim(),
    date: f.date,
    startTime: orNull(f.startTime),
    durationMinutes: duration === '' ? null : Number.isInteger(Number(duration)) ? Number(duration) : (duration as unknown as number),
    groupId: orNull(f.groupId),
    participants: f.participants.map((p) => ({ personId: p.personId, attendance: p.attendance })),
    organisationIds: f.organisationIds,
    themeIds: f.themeIds,
    summary: orNull(f.summary),
    summaryVisibility: f.summaryVisibility,
    outcome: orNull(f.outcome),
  };
}
