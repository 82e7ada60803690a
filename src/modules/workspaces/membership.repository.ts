import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';

type Executor = Kysely<Database>;

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
