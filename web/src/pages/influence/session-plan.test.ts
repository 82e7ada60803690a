import { describe, expect, it } from 'vitest';
import { proposeInvitees, sessionInput } from './session-plan.ts';
import { NOT_REACHED } from './ring-layout.ts';

const person = (id: string) => ({ id, kind: 'person' as const, name: id.toUpperCase() });

describe('proposeInvitees', () => {
  const members = [
    { node: person('near'), ring: 2 },
    { node: person('far'), ring: 3 },
    { node: person('lost'), ring: NOT_REACHED },
  ];

  it('invites the decision-makers beyond two steps, then the people with a plan, each once', () => {
    const invitees = proposeInvitees(members, [
      { partyId: 'far', partyType: 'person', partyName: 'Far' },
      { partyId: 'p', partyType: 'person', partyName: 'Pien' },
      { partyId: 'o', partyType: 'organisation', partyName: 'Gemeente' },
    ]);
    expect(invitees).toEqual([
      { personId: 'far', name: 'FAR', reason: 'missed' },
      { personId: 'lost', name: 'LOST', reason: 'missed' },
      { personId: 'p', name: 'Pien', reason: 'plan' },
    ]);
  });

  it('proposes nobody when every decision-maker is near and there are no plans', () => {
    expect(proposeInvitees(members.slice(0, 1), [])).toEqual([]);
  });
});

describe('sessionInput', () => {
  it('creates an informative session on the theme with everyone invited', () => {
    expect(sessionInput('t1', '  Sessie  ', '2026-12-01', ['a', 'b'])).toEqual({
      kind: 'informative_session',
      title: 'Sessie',
      date: '2026-12-01',
      themeIds: ['t1'],
      participants: [
        { personId: 'a', attendance: 'invited' },
        { personId: 'b', attendance: 'invited' },
      ],
    });
  });
});
