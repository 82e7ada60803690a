import type { AppContext } from '../../app/context.ts';
import { conflict, invalidField, notFound, preconditionFailed } from '../../http/errors.ts';
import { assertVersion } from '../../http/etag.ts';
import type { Actor, WorkspaceActor } from '../../http/route.ts';
import { nowIso } from '../../lib/clock.ts';
import { newId } from '../../lib/ids.ts';
import type { Role } from '../access/roles.ts';
import { auditByActor, recordAudit } from '../audit/audit.repository.ts';
import { findPerson } from '../people/person.repository.ts';
import { findUserByEmail } from '../users/user.repository.ts';
import * as repo from './workspace.repository.ts';
import type { Member, Workspace } from './workspace.schema.ts';

/** Creates a workspace with its creator as owner. */
export async function createWorkspace(
  ctx: AppContext,
  actor: Pick<Actor, 'userId' | 'ip'>,
  input: { name: string; description?: string | null },
): Promise<Workspace> {
  const id = newId();
  const now = nowIso();
  await ctx.db.kysely.transaction().execute(async (trx) => {
    await repo.insertWorkspace(trx, { id, name: input.name, description: input.description ?? null, createdAt: now });
    await repo.insertMembership(trx, { workspaceId: id, userId: actor.userId, role: 'owner', createdAt: now });
    await recordAudit(trx, {
      workspaceId: id,
      actorId: actor.userId,
      action: 'create',
      subjectType: 'workspace',
      subjectId: id,
      ip: actor.ip,
    });
  });
  return getWorkspace(ctx, id, actor.userId);
}

export async function getWorkspace(ctx: AppContext, workspaceId: string, userId: string): Promise<Workspace> {
  const row = await repo.findWorkspaceFor(ctx.db.kysely, workspaceId, userId);
  if (!row) throw notFound('Workspace');
  return row;
}

export async function updateWorkspace(
  ctx: AppContext,
  actor: WorkspaceActor,
  expected: number,
  changes: { name?: string; description?: string | null },
) {
  await ctx.db.kysely.transaction().execute(async (trx) => {
    const current = await repo.findWorkspaceFor(trx, actor.workspaceId, actor.userId);
    if (!current) throw notFound('Workspace');
    assertVersion(current, expected);
    if (!(await repo.updateWorkspace(trx, actor.workspaceId, expected, { ...changes, updatedAt: nowIso() })))
      throw preconditionFailed(current.version);
    await auditByActor(trx, actor, 'update', 'workspace', actor.workspaceId);
  });
  return getWorkspace(ctx, actor.workspaceId, actor.userId);
}

/** Deletes a workspace and, through cascading keys, everything in it. */
export async function deleteWorkspace(ctx: AppContext, actor: WorkspaceActor) {
  await ctx.db.kysely.transaction().execute(async (trx) => {
    await repo.deleteWorkspace(trx, actor.workspaceId);
    await recordAudit(trx, {
      workspaceId: null,
      actorId: actor.userId,
      action: 'delete',
      subjectType: 'workspace',
      subjectId: actor.workspaceId,
      ip: actor.ip,
    });
  });
}

export async function getMember(ctx: AppContext, workspaceId: string, userId: string): Promise<Member> {
  const member = await repo.findMember(ctx.db.kysely, workspaceId, userId);
  if (!member) throw notFound('Member');
  return member;
}

/** Adds an existing account to the workspace; the actor is null when the CLI does it. */
export async function addMember(
  ctx: AppContext,
  actor: { workspaceId: string; userId: string | null; ip: string | null },
  email: string,
  role: Role,
): Promise<Member> {
  const user = await findUserByEmail(ctx.db.kysely, email);
  if (!user) throw notFound('An account with this e-mail');
  const existing = await repo.findMember(ctx.db.kysely, actor.workspaceId, user.id);
  if (existing)
    throw conflict('This account is already a member.', {
      id: user.id,
      href: `/api/v1/workspaces/${actor.workspaceId}/members/${user.id}`,
    });
  await ctx.db.kysely.transaction().execute(async (trx) => {
    await repo.insertMembership(trx, { workspaceId: actor.workspaceId, userId: user.id, role, createdAt: nowIso() });
    await auditByActor(trx, actor, 'create', 'membership', user.id);
  });
  return getMember(ctx, actor.workspaceId, user.id);
}

const lastOwner = () => conflict('A workspace keeps at least one owner; make someone else owner first.');

export async function changeMemberRole(
  ctx: AppContext,
  actor: WorkspaceActor,
  userId: string,
  expected: number,
  role: Role,
): Promise<Member> {
  await ctx.db.kysely.transaction().execute(async (trx) => {
    const current = await repo.findMember(trx, actor.workspaceId, userId);
    if (!current) throw notFound('Member');
    assertVersion(current, expected);
    if (current.role === 'owner' && role !== 'owner' && (await repo.countOwners(trx, actor.workspaceId)) <= 1) throw lastOwner();
    if (!(await repo.updateMembership(trx, actor.workspaceId, userId, expected, role, nowIso()))) throw preconditionFailed(current.version);
    await auditByActor(trx, actor, 'update', 'membership', userId);
  });
  return getMember(ctx, actor.workspaceId, userId);
}

/**
 * Sets which person in the workspace's network the acting member is ("me", where influence
 * paths start); null clears it. Each person can be at most one member.
 */
export async function setOwnPerson(ctx: AppContext, actor: WorkspaceActor, expected: number, personId: string | null): Promise<Member> {
  await ctx.db.kysely.transaction().execute(async (trx) => {
    const current = await repo.findMember(trx, actor.workspaceId, actor.userId);
    if (!current) throw notFound('Member');
    assertVersion(current, expected);
    if (personId !== null) {
      if (!(await findPerson(trx, actor.workspaceId, personId)))
        throw invalidField('/personId', 'not_found', 'No person with this id in this workspace.');
      const other = await repo.findMemberByPerson(trx, actor.workspaceId, personId);
      if (other && other.userId !== actor.userId) throw conflict('Another member already is this person.');
    }
    if (!(await repo.updateMembershipPerson(trx, actor, expected, personId, nowIso()))) throw preconditionFailed(current.version);
    await auditByActor(trx, actor, 'update', 'membership', actor.userId);
  });
  return getMember(ctx, actor.workspaceId, actor.userId);
}

export async function removeMember(ctx: AppContext, actor: WorkspaceActor, userId: string) {
  await ctx.db.kysely.transaction().execute(async (trx) => {
    const current = await repo.findMember(trx, actor.workspaceId, userId);
    if (!current) throw notFound('Member');
    if (current.role === 'owner' && (await repo.countOwners(trx, actor.workspaceId)) <= 1) throw lastOwner();
    await repo.deleteMembership(trx, actor.workspaceId, userId);
    await auditByActor(trx, actor, 'delete', 'membership', userId);
  });
}
