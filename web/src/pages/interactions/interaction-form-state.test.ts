import { describe, expect, it } from 'vitest';
import type { Interaction } from '../../api/types.ts';
import { defaultAttendance, interactionToForm, interactionToInput, newInteractionForm } from './interaction-form-state.ts';

const stored: Interaction = {
  id: 'i1',
  workspaceId: 'w1',
  kind: 'informative_session',
  title: 'Informatiesessie raad',
  date: '2021-03-04',
  startTime: '19:30',
  durationMinutes: 90,
  groupId: null,
  participants: [{ personId: 'p1', name: 'Fenna de Wit', attendance: 'invited' }],
  organisationIds: ['o1'],
  themeIds: ['t1'],
  summary: null,
  summaryVisibility: 'private',
  outcome: 'Financiering vervolg',
  authorId: 'u1',
  version: 3,
  createdAt: '2021-03-05T10:00:00.000Z',
  updatedAt: '2021-03-05T10:00:00.000Z',
};

describe('interaction form state', () => {
  it('starts a new interaction today, linked to the record it was logged from', () => {
    const form = newInteractionForm('2026-11-27', { themeId: 't1', person: { id: 'p1', name: 'Fenna' } });
    expect(form.date).toBe('2026-11-27');
    expect(form.themeIds).toEqual(['t1']);
    expect(form.participants).toEqual([{ personId: 'p1', name: 'Fenna', attendance: 'attended' }]);
    expect(form.organisationIds).toEqual([]);
    expect(form.summaryVisibility).toBe('workspace');
  });

  it('round-trips a stored interaction through the form', () => {
    const input = interactionToInput(interactionToForm(stored));
    expect(input).toEqual({
      kind: 'informative_session',
      title: 'Informatiesessie raad',
      date: '2021-03-04',
      startTime: '19:30',
      durationMinutes: 90,
      groupId: null,
      participants: [{ personId: 'p1', attendance: 'invited' }],
      organisationIds: ['o1'],
      themeIds: ['t1'],
      summary: null,
      summaryVisibility: 'private',
      outcome: 'Financiering vervolg',
    });
  });

  it('sends empty optional fields as null and a malformed duration as typed, for the server to reject', () => {
    const form = { ...newInteractionForm('2026-11-27'), title: '  Bel  ', durationMinutes: '1,5' };
    const input = interactionToInput(form);
    expect(input.title).toBe('Bel');
    expect(input.startTime).toBeNull();
    expect(input.durationMinutes).toBe('1,5');
    expect(interactionToInput({ ...form, durationMinutes: ' 30 ' }).durationMinutes).toBe(30);
  });

  it('invites people to a session and counts other kinds as attended', () => {
    expect(defaultAttendance('informative_session')).toBe('invited');
    expect(defaultAttendance('call')).toBe('attended');
  });
});
