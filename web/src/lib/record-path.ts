import { wsPath } from '../auth/workspace-context.ts';

const collections = { person: 'people', organisation: 'organisations', theme: 'themes' } as const;

/** The page of a record in the web client, e.g. `/w/<ws>/people/<id>`. */
export function recordPath(workspaceId: string, type: keyof typeof collections, id: string): string {
  return wsPath(workspaceId, `${collections[type]}/${id}`);
}
