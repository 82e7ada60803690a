import { wsPath } from '../auth/workspace-context.ts';

const collections = {
  person: 'people',
  organisation: 'organisations',
  theme: 'themes',
  interaction: 'interactions',
  group: 'groups',
} as const;

/** A kind of record that has a page of its own in the web client. */
export type RecordWithPage = keyof typeof collections;

/** Whether records of this kind have a page of their own, so a reference to one can be a link. */
export const hasRecordPage = (type: string): type is RecordWithPage => Object.hasOwn(collections, type);

/** The page of a record in the web client, e.g. `/w/<ws>/people/<id>`. */
export function recordPath(workspaceId: string, type: RecordWithPage, id: string): string {
  return wsPath(workspaceId, `${collections[type]}/${id}`);
}
