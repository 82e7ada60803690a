import type { AppContext } from '../../app/context.ts';
import { notFound } from '../../http/errors.ts';
import type { WorkspaceActor } from '../../http/route.ts';
import { auditByActor } from '../audit/audit.repository.ts';
import { deleteNotesOn } from '../notes/note.repository.ts';
import type { NoteSubjectType } from '../notes/note.schema.ts';

/** The records of steps 2 and 3 whose links and scores go with them by cascading keys. */
type DeletableTable = 'mandates' | 'initiatives' | 'groups' | 'knowledgeItems' | 'assessments';

/**
 * Deletes one record of the workspace with the notes on it (when it can carry notes) and
 * records the audit event, in one transaction; 404 when there is no such record.
 */
export async function deleteRecord(
  ctx: AppContext,
  actor: WorkspaceActor,
  id: string,
  spec: { table: DeletableTable; noun: string; auditType: string; notes?: NoteSubjectType },
): Promise<void> {
  await ctx.db.kysely.transaction().execute(async (trx) => {
    if (spec.notes) await deleteNotesOn(trx, actor.workspaceId, spec.notes, [id]);
    const result = await trx.deleteFrom(spec.table).where('workspaceId', '=', actor.workspaceId).where('id', '=', id).executeTakeFirst();
    if (Number(result.numDeletedRows) === 0) throw notFound(spec.noun);
    await auditByActor(trx, actor, 'delete', spec.auditType, id);
  });
}
