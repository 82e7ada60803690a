import type { Kysely, Selectable } from 'kysely';
import type { Database, NoteTable } from '../../db/schema.ts';
import { applyKeyset, parseSort } from '../../db/keyset.ts';
import type { Cursor } from '../../http/pagination.ts';
import type { ListNotesQuery, Note, NoteSubjectType } from './note.schema.ts';
import { updateIfVersion } from '../../db/versioned-update.ts';
import { chunks } from '../../lib/chunks.ts';

type Executor = Kysely<Database>;
type Row = Selectable<NoteTable> & { authorName: string };

/** Every field a note exposes. */
export function presentNote(row: Row): Note {
  return {
    id: row.id,
    workspaceId: row.workspaceId,
    subjectType: row.subjectType,
    subjectId: row.subjectId,
    authorId: row.authorId,
    authorName: row.authorName,
    visibility: row.visibility,
    body: row.body,
    version: row.version,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

/** The sort value of a row for the cursor. */
export function noteCursor(row: Row): Cursor {
  return { value: row.createdAt, id: row.id };
}

/** Notes with their author's name, limited to what `readerId` may see: workspace notes and their own private ones. */
function visibleNotes(db: Executor, workspaceId: string, readerId: string) {
  return db
    .selectFrom('notes')
    .innerJoin('users', 'users.id', 'notes.authorId')
    .selectAll('notes')
    .select('users.name as authorName')
    .where('notes.workspaceId', '=', workspaceId)
    .where((eb) => eb.or([eb('notes.visibility', '=', 'workspace'), eb('notes.authorId', '=', readerId)]));
}

/** The notes on any of these records that the reader may see, in no particular order. */
export async function visibleNotesOn(
  db: Executor,
  workspaceId: string,
  readerId: string,
  subjectType: NoteSubjectType,
  subjectIds: string[],
): Promise<Row[]> {
  const rows: Row[] = [];
  for (const ids of chunks(subjectIds, 500)) {
    rows.push(
      ...(await visibleNotes(db, workspaceId, readerId)
        .where('notes.subjectType', '=', subjectType)
        .where('notes.subjectId', 'in', ids)
        .execute()),
    );
  }
  return rows;
}

/** A note the reader may see; undefined when it does not exist or is someone else's private note. */
export function findVisibleNote(db: Executor, workspaceId: string, readerId: string, id: string): Promise<Row | undefined> {
  return visibleNotes(db, workspaceId, readerId).where('notes.id', '=', id).executeTakeFirst();
}

export function listVisibleNotes(db: Executor, workspaceId: string, readerId: string, query: ListNotesQuery): Promise<Row[]> {
  let qb = visibleNotes(db, workspaceId, readerId);
  if (query.subjectId) qb = qb.where('notes.subjectId', '=', query.subjectId);
  if (query.subjectType) qb = qb.where('notes.subjectType', '=', query.subjectType);
  return applyKeyset(qb, {
    sortColumn: 'notes.createdAt',
    idColumn: 'notes.id',
    descending: parseSort(query.sort).descending,
    cursor: query.cursor,
    limit: query.limit,
  }).execute();
}

const subjectTables = {
  person: 'people',
  organisation: 'organisations',
  relation: 'relations',
  theme: 'themes',
  mandate: 'mandates',
  initiative: 'initiatives',
  assessment: 'assessments',
  group: 'groups',
  interaction: 'interactions',
  decision: 'decisions',
} as const;

/** Is there a record of this type with this id in the workspace? */
export async function subjectExists(db: Executor, workspaceId: string, subjectType: NoteSubjectType, id: string): Promise<boolean> {
  const row = await db
    .selectFrom(subjectTables[subjectType])
    .select('id')
    .where('workspaceId', '=', workspaceId)
    .where('id', '=', id)
    .executeTakeFirst();
  return row !== undefined;
}

export async function insertNote(db: Executor, row: Selectable<NoteTable>): Promise<void> {
  await db.insertInto('notes').values(row).execute();
}

/** Updates when the version still matches; returns whether the row changed. */
export const updateNote = (db: Executor, id: string, version: number, changes: Partial<Selectable<NoteTable>>) =>
  updateIfVersion(db, 'notes', id, version, changes);

export async function deleteNote(db: Executor, id: string): Promise<void> {
  await db.deleteFrom('notes').where('id', '=', id).execute();
}

/** Deletes every note on the given records; for the services that delete those records. */
export async function deleteNotesOn(db: Executor, workspaceId: string, subjectType: NoteSubjectType, subjectIds: string[]): Promise<void> {
  if (subjectIds.length === 0) return;
  await db
    .deleteFrom('notes')
    .where('workspaceId', '=', workspaceId)
    .where('subjectType', '=', subjectType)
    .where('subjectId', 'in', subjectIds)
    .execute();
}
