import type { Kysely, Selectable } from 'kysely';
import type { Database, UserTable } from '../../db/schema.ts';
import type { User } from './user.schema.ts';

type Executor = Kysely<Database>;

/** The fields of a user that leave the server; never the password hash. */
export function presentUser(row: Selectable<UserTable>): User {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    isAdmin: row.isAdmin === 1,
    locale: row.locale === 'nl' || row.locale === 'en' ? row.locale : null,
    personId: row.personId,
  };
}

export const findUserById = (db: Executor, id: string) => db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();

export const findUserByEmail = (db: Executor, email: string) =>
  db.selectFrom('users').selectAll().where('email', '=', email.toLowerCase()).executeTakeFirst();

export async function countUsers(db: Executor): Promise<number> {
  const row = await db
    .selectFrom('users')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** The first instance administrator, the default owner of the demo region. */
export const findFirstAdmin = (db: Executor) =>
  db.selectFrom('users').selectAll().where('isAdmin', '=', 1).orderBy('createdAt').limit(1).executeTakeFirst();

export async function insertUser(db: Executor, user: Selectable<UserTable>): Promise<void> {
  await db.insertInto('users').values(user).execute();
}

export async function updateUser(db: Executor, id: string, changes: Partial<Pick<UserTable, 'name' | 'locale' | 'updatedAt'>>) {
  await db
    .updateTable('users')
    .set((eb) => ({ ...changes, version: eb('version', '+', 1) }))
    .where('id', '=', id)
    .execute();
}
