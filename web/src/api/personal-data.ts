import { requestWithText } from './http.ts';
import { workspacePath } from './records.ts';
import type { PersonalData } from './types.ts';

/** The subject access report of one person (AVG art. 15). */
export const personalDataApi = {
  /** The report and its JSON text as the server wrote it, so a download hands over exactly what was answered. */
  report: (workspaceId: string, personId: string) =>
    requestWithText<PersonalData>(`${workspacePath(workspaceId, 'people')}/${encodeURIComponent(personId)}/personal-data`),
};
