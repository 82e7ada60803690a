import type { Kysely } from 'kysely';
import type { AppContext } from '../../app/context.ts';
import type { Database } from '../../db/schema.ts';
import { notFound, preconditionFailed } from '../../http/errors.ts';
import { assertVersion } from '../../http/etag.ts';
import type { WorkspaceActor } from '../../http/route.ts';
import { nowIso, todayIso } from '../../lib/clock.ts';
import { newId } from '../../lib/ids.ts';
import { fold } from '../../lib/text.ts';
import { auditByActor } from '../audit/audit.repository.ts';
import { replaceLinks } from '../method/link-table.ts';
import { deleteRecord } from '../method/record-delete.ts';
import { ReferenceCheck } from '../method/reference-check.ts';
import * as repo from './knowledge-item.repository.ts';
import type { CreateKnowledgeItem, KnowledgeItem, UpdateKnowledgeItem } from './knowledge-item.schema.ts';

type Executor = Kysely<Database>;

export async function getKnowledgeItem(ctx: AppContext, workspaceId: string, id: string): Promise<KnowledgeItem> {
  const row = await repo.findKnowledgeItem(ctx.db.kysely, workspaceId, id);
  if (!row) throw notFound('Knowledge item');
  return (await repo.presentKnowledgeItems(ctx.db.kysely, [row]))[0] as KnowledgeItem;
}

/** Group, person and themes of the same workspace. */
function check(db: Executor, actor: WorkspaceActor, input: UpdateKnowledgeItem) {
  return new ReferenceCheck(db, actor.workspaceId)
    .one('groups', '/groupId', input.groupId)
    .one('people', '/sharedById', input.sharedById)
    .list('themes', '/themeIds', input.themeIds)
    .verify();
}

export async function createKnowledgeItem(ctx: AppContext, actor: WorkspaceActor, input: CreateKnowledgeItem): Promise<KnowledgeItem> {
  const now = nowIso();
  const row: repo.KnowledgeItemRow = {
    id: newId(),
    workspaceId: actor.workspaceId,
    groupId: input.groupId ?? null,
    kind: input.kind,
    title: input.title,
    sortTitle: fold(input.title),
    url: input.url ?? null,
    description: input.description ?? null,
    sharedOn: input.sharedOn ?? todayIso(),
    sharedById: input.sharedById ?? null,
    version: 1,
    createdAt: now,
    updatedAt: now,
  };
  return ctx.db.kysely.transaction().execute(async (trx) => {
    await check(trx, actor, input);
    await repo.insertKnowledgeItem(trx, row);
    if (input.themeIds) await replaceLinks(trx, repo.knowledgeItemThemes, actor.workspaceId, row.id, input.themeIds);
    await auditByActor(trx, actor, 'create', 'knowledge_item', row.id);
    return (await repo.presentKnowledgeItems(trx, [row]))[0] as KnowledgeItem;
  });
}

export async function updateKnowledgeItem(
  ctx: AppContext,
  actor: WorkspaceActor,
  id: string,
  expected: number,
  input: UpdateKnowledgeItem,
): Promise<KnowledgeItem> {
  return ctx.db.kysely.transaction().execute(async (trx) => {
    const current = await repo.findKnowledgeItem(trx, actor.workspaceId, id);
    if (!current) throw notFound('Knowledge item');
    assertVersion(current, expected);
    await check(trx, actor, input);
    const { themeIds, ...fields } = input;
    const changes = { ...fields, ...(input.title !== undefined ? { sortTitle: fold(input.title) } : {}), updatedAt: nowIso() };
    if (!(await repo.updateKnowledgeItem(trx, id, expected, changes))) throw preconditionFailed(current.version);
    if (themeIds !== undefined) await replaceLinks(trx, repo.knowledgeItemThemes, actor.workspaceId, id, themeIds);
    await auditByActor(trx, actor, 'update', 'knowledge_item', id);
    return (await repo.presentKnowledgeItems(trx, [{ ...current, ...changes, version: expected + 1 }]))[0] as KnowledgeItem;
  });
}

/** Deletes a knowledge item with its theme links. */
export function deleteKnowledgeItem(ctx: AppContext, actor: WorkspaceActor, id: string): Promise<void> {
  return deleteRecord(ctx, actor, id, { table: 'knowledgeItems', noun: 'Knowledge item', auditType: 'knowledge_item' });
}
