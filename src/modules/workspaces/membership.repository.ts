import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { Role } from '../access/roles.ts';

type Executor = Kysely<Database>;

/** The role of a user in a workspace, or undefined when not a member. */
export async function findRole(db: Executor, workspaceId: string, userId: string): Promise<Role | undefined> {
  const row = await db
    .selectFrom('memberships')
    .select('role')
    .where('workspaceId', '=', workspaceId)
    .where('userId', '=', userId)
    .executeTakeFirst();
  return row?.role;
}

/** The workspaces a user belongs to, with their role, by name. */
export async function listMemberships(db: Executor, userId: string) {
  return db
    .selectFrom('memberships')
    .innerJoin('workspaces', 'workspaces.id', 'memberships.workspaceId')
    .select(['workspaces.id as workspaceId', 'workspaces.name as workspaceName', 'memberships.role'])
    .where('memberships.userId', '=', userId)
    .orderBy('workspaces.name')
    .execute();
}
