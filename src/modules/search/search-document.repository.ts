import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { Database, SearchDocumentTable } from '../../db/schema.ts';
import { insertMany } from '../../db/insert-many.ts';
import { fold } from '../../lib/text.ts';

type Executor = Kysely<Database>;

/** What a record's search document is made of: its name, and the details it is found by. */
export type SearchDocumentSource = Pick<SearchDocumentTable, 'entityId' | 'workspaceId' | 'entityType'> & {
  title: string;
  body: (string | null | undefined)[];
};

/** The document as stored: folded text. */
const searchRow = (doc: SearchDocumentSource) => ({
  entityId: doc.entityId,
  workspaceId: doc.workspaceId,
  entityType: doc.entityType,
  title: fold(doc.title),
  body: fold(doc.body.filter(Boolean).join(' ')),
});

/** Writes the search document of a record (folded text), replacing the old one. */
export async function upsertSearchDocument(db: Executor, doc: SearchDocumentSource): Promise<void> {
  const row = searchRow(doc);
  await db
    .insertInto('searchDocuments')
    .values(row)
    .onConflict((oc) => oc.column('entityId').doUpdateSet({ title: row.title, body: row.body }))
    .execute();
}

/** Writes the search documents of new records, a few hundred per statement. */
export async function insertSearchDocuments(db: Executor, docs: SearchDocumentSource[]): Promise<void> {
  await insertMany(db, 'searchDocuments', docs.map(searchRow));
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
