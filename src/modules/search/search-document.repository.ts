import type { Kysely } from 'kysely';
import type { Database, SearchDocumentTable } from '../../db/schema.ts';
import { fold } from '../../lib/text.ts';

type Executor = Kysely<Database>;

/** Writes the search document of a record (folded text), replacing the old one. */
export async function upsertSearchDocument(
  db: Executor,
  doc: Pick<SearchDocumentTable, 'entityId' | 'workspaceId' | 'entityType'> & { title: string; body: (string | null | undefined)[] },
): Promise<void> {
  const title = fold(doc.title);
  const body = fold(doc.body.filter(Boolean).join(' '));
  await db
    .insertInto('searchDocuments')
    .values({ entityId: doc.entityId, workspaceId: doc.workspaceId, entityType: doc.entityType, title, body })
    .onConflict((oc) => oc.column('entityId').doUpdateSet({ title, body }))
    .execute();
}

export async function deleteSearchDocuments(db: Executor, entityIds: string[]): Promise<void> {
  if (entityIds.length === 0) return;
  await db.deleteFrom('searchDocuments').where('entityId', 'in', entityIds).execute();
}
