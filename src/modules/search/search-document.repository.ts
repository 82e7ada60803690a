import { sql, type Kysely, type RawBuilder } from 'kysely';
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

/** What a search hit shows: the record's name, and its job title or kind. */
export interface DisplayName {
  title: string | null;
  subtitle: string | null;
}

/** The display name of a matched person, organisation or theme, looked up by its id (null when the record is gone). */
export function displayNameColumns(id: RawBuilder<string>, type: RawBuilder<string>): RawBuilder<DisplayName> {
  return sql`case ${type} when 'person' then (select name from people where id = ${id})
      when 'organisation' then (select name from organisations where id = ${id})
      else (select title from themes where id = ${id}) end as title,
    case ${type} when 'person' then (select job_title from people where id = ${id})
      when 'organisation' then (select kind from organisations where id = ${id})
      else (select kind from themes where id = ${id}) end as subtitle`;
}
