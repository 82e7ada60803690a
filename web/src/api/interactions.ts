import { request } from './http.ts';
import { recordApi, workspacePath } from './records.ts';
import type {
  Action,
  ActionInput,
  Attendance,
  ContactCadence,
  ContactCadenceInput,
  Interaction,
  InteractionInput,
  StayInTouch,
} from './types.ts';

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

/** Whom to contact again (own cadence or key figure) and the signed-in user's overdue actions. */
export const stayInTouchApi = {
  get: (workspaceId: string, limit = 20) => request<StayInTouch>(workspacePath(workspaceId, 'stay-in-touch'), { query: { limit } }),
};

/** The signed-in member's own contact cadences: speak to a person at least every so many days. */
export const contactCadencesApi = recordApi<ContactCadence, ContactCadenceInput>('contact-cadences');
