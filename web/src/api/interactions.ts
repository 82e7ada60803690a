import { request } from './http.ts';
import { recordApi, workspacePath } from './records.ts';
import type { Action, ActionInput, Attendance, Interaction, InteractionInput } from './types.ts';

const interactions = recordApi<Interaction, InteractionInput>('interactions');

/** Interactions (meetings, sessions, calls …) and the attendance of one participant at a time. */
export const interactionsApi = {
  ...interactions,
  setAttendance: (workspaceId: string, id: string, personId: string, attendance: Attendance) =>
    request<Interaction>(
      `${workspacePath(workspaceId, 'interactions')}/${encodeURIComponent(id)}/participants/${encodeURIComponent(personId)}`,
      {
        method: 'PUT',
        body: { attendance },
      },
    ),
};

/** Follow-up actions, of an interaction or on their own. */
export const actionsApi = recordApi<Action, ActionInput>('actions');
