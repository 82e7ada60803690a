import type { Kysely } from 'kysely';
import type { AppContext } from '../../app/context.ts';
import type { Database } from '../../db/schema.ts';
import { notFound, preconditionFailed } from '../../http/errors.ts';
import { assertVersion } from '../../http/etag.ts';
import type { WorkspaceActor } from '../../http/route.ts';
import { nowIso } from '../../lib/clock.ts';
import { newId } from '../../lib/ids.ts';
import { fold } from '../../lib/text.ts';
import { auditByActor } from '../audit/audit.repository.ts';
import { replaceLinks } from '../method/link-table.ts';
import { deleteRecord } from '../method/record-delete.ts';
import { ReferenceCheck } from '../method/reference-check.ts';
import { assertNameFree, conflictOnUnique } from '../method/unique-name.ts';
import * as repo from './group.repository.ts';
import type { CreateGroup, Group, UpdateGroup } from './group.schema.ts';

type Executor = Kysely<Database>;
const NAME_TAKEN = 'Another group in this workspace has this name.';

export async function getGroup(ctx: AppContext, workspaceId: string, id: string): Promise<Group> {
  const row = await repo.findGroup(ctx.db.kysely, workspaceId, id);
  if (!row) throw notFound('Group');
  return (await repo.presentGroups(ctx.db.kysely, [row]))[0] as Group;
}

/** Themes and members of the same workspace, each once, and membership periods that run forward. */
function check(db: Executor, actor: WorkspaceActor, input: UpdateGroup) {
  const references = new ReferenceCheck(db, actor.workspaceId).list('themes', '/themeIds', input.themeIds).list(
    'people',
    '/members',
    input.members?.map((m) => m.personId),
    '/personId',
  );
  input.members?.forEach((m, index) => {
    if (m.since && m.until && m.until < m.since)
      references.problem(`/members/${index}/until`, 'too_small', 'The end lies before the start.');
  });
  return references.verify();
}

async function writeLinks(db: Executor, workspaceId: string, id: string, input: UpdateGroup) {
  if (input.themeIds !== undefined) await replaceLinks(db, repo.groupThemes, workspaceId, id, input.themeIds);
  if (input.members !== undefined) await repo.replaceMembers(db, workspaceId, id, input.members);
}

export async function createGroup(ctx: AppContext, actor: WorkspaceActor, input: CreateGroup): Promise<Group> {
  const now = nowIso();
  const row: repo.GroupRow = {
    id: newId(),
    workspaceId: actor.workspaceId,
    name: input.name,
    sortName: fold(input.name),
    kind: input.kind,
    description: input.description ?? null,
    version: 1,
    createdAt: now,
    updatedAt: now,
  };
  return ctx.db.kysely.transaction().execute(async (trx) => {
    await check(trx, actor, input);
    await assertNameFree(trx, 'groups', actor.workspaceId, row.sortName);
    await conflictOnUnique(() => repo.insertGroup(trx, row), NAME_TAKEN);
    await writeLinks(trx, actor.workspaceId, row.id, input);
    await auditByActor(trx, actor, 'create', 'group', row.id);
    return (await repo.presentGroups(trx, [row]))[0] as Group;
  });
}

export async function updateGroup(
  ctx: AppContext,
  actor: WorkspaceActor,
  id: string,
  expected: number,
  input: UpdateGroup,
): Promise<Group> {
  return ctx.db.kysely.transaction().execute(async (trx) => {
    const current = await repo.findGroup(trx, actor.workspaceId, id);
    if (!current) throw notFound('Group');
    assertVersion(current, expected);
    await check(trx, actor, input);
    const { themeIds: _themeIds, members: _members, ...fields } = input;
    const changes = { ...fields, ...(input.name !== undefined ? { sortName: fold(input.name) } : {}), updatedAt: nowIso() };
    if (changes.sortName !== undefined) await assertNameFree(trx, 'groups', actor.workspaceId, changes.sortName, id);
    if (!(await conflictOnUnique(() => repo.updateGroup(trx, id, expected, changes), NAME_TAKEN)))
      throw preconditionFailed(current.version);
    await writeLinks(trx, actor.workspaceId, id, input);
    await auditByActor(trx, actor, 'update', 'group', id);
    return (await repo.presentGroups(trx, [{ ...current, ...changes, version: expected + 1 }]))[0] as Group;
  });
}

/** Deletes a group with its themes, members and the notes on it; its knowledge items stay, without a group. */
export function deleteGroup(ctx: AppContext, actor: WorkspaceActor, id: string): Promise<void> {
  return deleteRecord(ctx, actor, id, { table: 'groups', noun: 'Group', auditType: 'group', notes: 'group' });
}
