import type { Kysely } from 'kysely';
import type { AppContext } from '../../app/context.ts';
import type { Database } from '../../db/schema.ts';
import { forbidden, invalidField, notFound, preconditionFailed } from '../../http/errors.ts';
import { assertVersion } from '../../http/etag.ts';
import type { WorkspaceActor } from '../../http/route.ts';
import { nowIso } from '../../lib/clock.ts';
import { newId } from '../../lib/ids.ts';
import { auditByActor } from '../audit/audit.repository.ts';
import * as repo from './note.repository.ts';
import type { CreateNote, Note, UpdateNote } from './note.schema.ts';

type Executor = Kysely<Database>;

/**
 * A note the actor may see. Someone else's private note answers 404 like a missing one,
 * for every role, so that its existence does not leak.
 */
async function visibleNote(db: Executor, actor: WorkspaceActor, id: string) {
  const row = await repo.findVisibleNote(db, actor.workspaceId, actor.userId, id);
  if (!row) throw notFound('Note');
  return row;
}

export async function getNote(ctx: AppContext, actor: WorkspaceActor, id: string): Promise<Note> {
  return repo.presentNote(await visibleNote(ctx.db.kysely, actor, id));
}

export async function createNote(ctx: AppContext, actor: WorkspaceActor, input: CreateNote): Promise<Note> {
  const now = nowIso();
  const row = {
    id: newId(),
    workspaceId: actor.workspaceId,
    subjectType: input.subjectType,
    subjectId: input.subjectId,
    authorId: actor.userId,
    visibility: input.visibility ?? 'workspace',
    body: input.body,
    version: 1,
    createdAt: now,
    updatedAt: now,
  };
  return ctx.db.kysely.transaction().execute(async (trx) => {
    if (!(await repo.subjectExists(trx, actor.workspaceId, input.subjectType, input.subjectId))) {
      throw invalidField('/subjectId', 'not_found', `No ${input.subjectType} with this id in this workspace.`);
    }
    await repo.insertNote(trx, row);
    await auditByActor(trx, actor, 'create', 'note', row.id);
    return repo.presentNote(await visibleNote(trx, actor, row.id));
  });
}

/** Only the author may change a note, whatever their role. */
export async function updateNote(ctx: AppContext, actor: WorkspaceActor, id: string, expected: number, input: UpdateNote): Promise<Note> {
  return ctx.db.kysely.transaction().execute(async (trx) => {
    const current = await visibleNote(trx, actor, id);
    if (current.authorId !== actor.userId) throw forbidden('Only the author may change a note.');
    assertVersion(current, expected);
    if (!(await repo.updateNote(trx, id, expected, { ...input, updatedAt: nowIso() }))) throw preconditionFailed(current.version);
    await auditByActor(trx, actor, 'update', 'note', id);
    return repo.presentNote(await visibleNote(trx, actor, id));
  });
}

/** The author or a workspace owner may delete a note they can see. */
export async function deleteNote(ctx: AppContext, actor: WorkspaceActor, id: string): Promise<void> {
  await ctx.db.kysely.transaction().execute(async (trx) => {
    const current = await visibleNote(trx, actor, id);
    if (current.authorId !== actor.userId && actor.role !== 'owner')
      throw forbidden('Only the author or a workspace owner may delete a note.');
    await repo.deleteNote(trx, id);
    await auditByActor(trx, actor, 'delete', 'note', id);
  });
}
