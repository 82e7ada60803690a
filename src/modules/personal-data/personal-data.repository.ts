import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { Cursor } from '../../http/pagination.ts';
import { chunks } from '../../lib/chunks.ts';
import type { Group, GroupMember } from '../groups/group.schema.ts';
import type { PersonalData } from './personal-data.schema.ts';

type Executor = Kysely<Database>;

/** Rows a page holds at most while a report gathers every row of a list. */
const PAGE = 200;

/**
 * Every row of a keyset-paged list (the lists' own queries fetch one row more than asked, to
 * tell whether another page follows), gathered a page at a time.
 */
export async function everyRow<Row>(
  page: (cursor: Cursor | undefined, limit: number) => Promise<Row[]>,
  cursorOf: (row: Row) => Cursor,
): Promise<Row[]> {
  const all: Row[] = [];
  let cursor: Cursor | undefined;
  for (;;) {
    const rows = await page(cursor, PAGE);
    const kept = rows.slice(0, PAGE);
    all.push(...kept);
    if (rows.length <= PAGE) return all;
    cursor = cursorOf(kept[kept.length - 1]!);
  }
}

/** The groups the person is a member of, with their role, by name. */
export async function groupsOf(db: Executor, workspaceId: string, personId: string): Promise<PersonalData['groups']> {
  const rows = await db
    .selectFrom('groupMembers')
    .innerJoin('groups', 'groups.id', 'groupMembers.groupId')
    .select(['groups.id', 'groups.name', 'groups.kind', 'groupMembers.role', 'groupMembers.since', 'groupMembers.until'])
    .where('groupMembers.workspaceId', '=', workspaceId)
    .where('groupMembers.personId', '=', personId)
    .orderBy('groups.sortName')
    .orderBy('groups.id')
    .execute();
  return rows.map((row) => ({ ...row, kind: row.kind as Group['kind'], role: row.role as GroupMember['role'] }));
}

/**
 * How many notes on these records (the person and their relations) other members keep
 * private: the report counts them, never shows them.
 */
export async function privateNotesOfOthers(db: Executor, workspaceId: string, subjectIds: string[], readerId: string): Promise<number> {
  let count = 0;
  for (const ids of chunks(subjectIds, 500)) {
    const row = await db
      .selectFrom('notes')
      .select((eb) => eb.fn.countAll<number | string>().as('count'))
      .where('workspaceId', '=', workspaceId)
      .where('subjectId', 'in', ids)
      .where('visibility', '=', 'private')
      .where('authorId', '!=', readerId)
      .executeTakeFirstOrThrow();
    count += Number(row.count);
  }
  return count;
}

/** How many other members keep a contact cadence for the person: cadences are private to their member. */
export async function cadencesOfOthers(db: Executor, workspaceId: string, personId: string, readerId: string): Promise<number> {
  const row = await db
    .selectFrom('contactCadences')
    .select((eb) => eb.fn.countAll<number | string>().as('count'))
    .where('workspaceId', '=', workspaceId)
    .where('personId', '=', personId)
    .where('userId', '!=', readerId)
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

/** The audit log's events on the person's record, oldest first: who and when, never what. */
export function historyOf(db: Executor, workspaceId: string, personId: string) {
  return db
    .selectFrom('auditEvents')
    .leftJoin('users', 'users.id', 'auditEvents.actorId')
    .select(['auditEvents.action', 'auditEvents.at', 'auditEvents.actorId', 'users.name as actorName'])
    .where('auditEvents.workspaceId', '=', workspaceId)
    .where('auditEvents.subjectType', '=', 'person')
    .where('auditEvents.subjectId', '=', personId)
    .orderBy('auditEvents.id')
    .execute();
}
