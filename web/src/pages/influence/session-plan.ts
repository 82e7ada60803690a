import type { InteractionInput } from '../../api/types.ts';
import type { RingMember } from './ring-layout.ts';

/** Someone on the invite list, and why they are on it. */
export interface Invitee {
  personId: string;
  name: string;
  reason: 'missed' | 'plan' | 'added';
}

/** Within this many steps a decision-maker counts as reached. */
export const REACH_STEPS = 2;

/**
 * The proposed invite list for an informative session: the decision-makers not within two
 * steps, then the people with an engagement plan for the theme, each once. Organisations
 * with a plan are left out: only people can be invited.
 */
export function proposeInvitees(
  members: RingMember[],
  plans: { partyId: string; partyType: 'person' | 'organisation'; partyName: string }[],
): Invitee[] {
  const list = new Map<string, Invitee>();
  for (const m of members) {
    if (m.ring > REACH_STEPS && m.node.kind === 'person') list.set(m.node.id, { personId: m.node.id, name: m.node.name, reason: 'missed' });
  }
  for (const p of plans) {
    if (p.partyType === 'person' && !list.has(p.partyId)) list.set(p.partyId, { personId: p.partyId, name: p.partyName, reason: 'plan' });
  }
  return [...list.values()];
}

/** The interaction that records the planned session: every chosen person invited, linked to the theme. */
export function sessionInput(themeId: string, title: string, date: string, personIds: string[]): InteractionInput {
  return {
    kind: 'informative_session',
    title: title.trim(),
    date,
    themeIds: [themeId],
    participants: personIds.map((personId) => ({ personId, attendance: 'invited' })),
  };
}
