import type { Kysely, Selectable } from 'kysely';
import type { ContactCadenceTable, Database } from '../../db/schema.ts';
import { applyKeyset, parseSort } from '../../db/keyset.ts';
import { updateIfVersion } from '../../db/versioned-update.ts';
import type { Cursor } from '../../http/pagination.ts';
import type { ContactCadence, ListContactCadencesQuery } from './contact-cadence.schema.ts';

type Executor = Kysely<Database>;
export type CadenceRow = Selectable<ContactCadenceTable> & { personName: string };

/** Every field a cadence exposes. */
export function presentCadence(row: CadenceRow): ContactCadence {
  return {
    id: row.id,
    workspaceId: row.workspaceId,
    userId: row.userId,
    personId: row.personId,
    personName: row.personName,
    everyDays: row.everyDays,
    version: row.version,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

/** The sort value of a row for the cursor. */
export const cadenceCursor = (row: CadenceRow): Cursor => ({ value: row.createdAt, id: row.id });

/** A member's own cadences with the person's name: nobody reads another member's. */
function ownCadences(db: Executor, workspaceId: string, userId: string) {
  return db
    .selectFrom('contactCadences')
    .innerJoin('people', 'people.id', 'contactCadences.personId')
    .selectAll('contactCadences')
    .select('people.name as personName')
    .where('contactCadences.workspaceId', '=', workspaceId)
    .where('contactCadences.userId', '=', userId);
}

export function findOwnCadence(db: Executor, workspaceId: string, userId: string, id: string): Promise<CadenceRow | undefined> {
  return ownCadences(db, workspaceId, userId).where('contactCadences.id', '=', id).executeTakeFirst();
}

/** The member's cadence for a person, if any. */
export function findCadenceFor(db: Executor, workspaceId: string, userId: string, personId: string) {
  return ownCadences(db, workspaceId, userId).where('contactCadences.personId', '=', personId).executeTakeFirst();
}

export function listOwnCadences(db: Executor, workspaceId: string, userId: string, query: ListContactCadencesQuery): Promise<CadenceRow[]> {
  let qb = ownCadences(db, workspaceId, userId);
  if (query.personId) qb = qb.where('contactCadences.personId', '=', query.personId);
  return applyKeyset(qb, {
    sortColumn: 'contactCadences.createdAt',
    idColumn: 'contactCadences.id',
    descending: parseSort(query.sort).descending,
    cursor: query.cursor,
    limit: query.limit,
  }).execute();
}

/** Every cadence of a member, for the stay-in-touch list. */
export function allOwnCadences(db: Executor, workspaceId: string, userId: string): Promise<CadenceRow[]> {
  return ownCadences(db, workspaceId, userId).execute();
}

export async function insertCadence(db: Executor, row: Selectable<ContactCadenceTable>): Promise<void> {
  await db.insertInto('contactCadences').values(row).execute();
}

/** Updates when the version still matches; returns whether the row changed. */
export const updateCadence = (db: Executor, id: string, version: number, changes: Partial<Selectable<ContactCadenceTable>>) =>
  updateIfVersion(db, 'contactCadences', id, version, changes);

export async function deleteCadence(db: Executor, id: string): Promise<void> {
  await db.deleteFrom('contactCadences').where('id', '=', id).execute();
}
