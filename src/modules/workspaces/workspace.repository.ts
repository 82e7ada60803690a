import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { Role } from '../access/roles.ts';
import { updateIfVersion } from '../../db/versioned-update.ts';

type Executor = Kysely<Database>;

const workspaceColumns = [
  'workspaces.id',
  'workspaces.name',
  'workspaces.description',
  'workspaces.version',
  'workspaces.createdAt',
  'workspaces.updatedAt',
  'memberships.role',
] as const;

/** The workspaces of a user, each with the user's role. */
export function listWorkspacesOf(db: Executor, userId: string) {
  return db
    .selectFrom('workspaces')
    .innerJoin('memberships', 'memberships.workspaceId', 'workspaces.id')
    .select(workspaceColumns)
    .where('memberships.userId', '=', userId)
    .orderBy('workspaces.name')
    .execute();
}

export function findWorkspaceFor(db: Executor, workspaceId: string, userId: string) {
  return db
    .selectFrom('workspaces')
    .innerJoin('memberships', 'memberships.workspaceId', 'workspaces.id')
    .select(workspaceColumns)
    .where('workspaces.id', '=', workspaceId)
    .where('memberships.userId', '=', userId)
    .executeTakeFirst();
}

export async function insertWorkspace(db: Executor, row: { id: string; name: string; description: string | null; createdAt: string }) {
  await db
    .insertInto('workspaces')
    .values({ ...row, version: 1, updatedAt: row.createdAt })
    .execute();
}

/** Updates when the version still matches; returns whether a row changed. */
export const updateWorkspace = (
  db: Executor,
  id: string,
  version: number,
  changes: { name?: string; description?: string | null; updatedAt: string },
) => updateIfVersion(db, 'workspaces', id, version, changes);

export async function deleteWorkspace(db: Executor, id: string) {
  await db.deleteFrom('workspaces').where('id', '=', id).execute();
}

const memberColumns = [
  'memberships.userId',
  'users.email',
  'users.name',
  'memberships.role',
  'memberships.personId',
  'memberships.version',
  'memberships.createdAt',
  'memberships.updatedAt',
] as const;

export function listMembers(db: Executor, workspaceId: string) {
  return db
    .selectFrom('memberships')
    .innerJoin('users', 'users.id', 'memberships.userId')
    .select(memberColumns)
    .where('memberships.workspaceId', '=', workspaceId)
    .orderBy('users.name')
    .execute();
}

export function findMember(db: Executor, workspaceId: string, userId: string) {
  return db
    .selectFrom('memberships')
    .innerJoin('users', 'users.id', 'memberships.userId')
    .select(memberColumns)
    .where('memberships.workspaceId', '=', workspaceId)
    .where('memberships.userId', '=', userId)
    .executeTakeFirst();
}

export async function insertMembership(db: Executor, row: { workspaceId: string; userId: string; role: Role; createdAt: string }) {
  await db
    .insertInto('memberships')
    .values({ ...row, version: 1, updatedAt: row.createdAt })
    .execute();
}

export async function updateMembership(db: Executor, workspaceId: string, userId: string, version: number, role: Role, updatedAt: string) {
  const result = await db
    .updateTable('memberships')
    .set({ role, version: version + 1, updatedAt })
    .where('workspaceId', '=', workspaceId)
    .where('userId', '=', userId)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/** Sets the person a member is in the network, if the membership is still at `version`. */
export async function updateMembershipPerson(
  db: Executor,
  key: { workspaceId: string; userId: string },
  version: number,
  personId: string | null,
  updatedAt: string,
) {
  const result = await db
    .updateTable('memberships')
    .set({ personId, version: version + 1, updatedAt })
    .where('workspaceId', '=', key.workspaceId)
    .where('userId', '=', key.userId)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/** The member who is this person, if any. */
export function findMemberByPerson(db: Executor, workspaceId: string, personId: string) {
  return db
    .selectFrom('memberships')
    .select('userId')
    .where('workspaceId', '=', workspaceId)
    .where('personId', '=', personId)
    .executeTakeFirst();
}

export async function deleteMembership(db: Executor, workspaceId: string, userId: string) {
  await db.deleteFrom('memberships').where('workspaceId', '=', workspaceId).where('userId', '=', userId).execute();
}

export async function countOwners(db: Executor, workspaceId: string): Promise<number> {
  const row = await db
    .selectFrom('memberships')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('workspaceId', '=', workspaceId)
    .where('role', '=', 'owner')
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
