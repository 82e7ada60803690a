import type { AppContext } from '../../app/context.ts';
import { notFound, preconditionFailed } from '../../http/errors.ts';
import { assertVersion } from '../../http/etag.ts';
import type { WorkspaceActor } from '../../http/route.ts';
import { nowIso } from '../../lib/clock.ts';
import { newId } from '../../lib/ids.ts';
import { auditByActor } from '../audit/audit.repository.ts';
import { deleteRecord } from '../method/record-delete.ts';
import { ReferenceCheck } from '../method/reference-check.ts';
import * as repo from './mandate.repository.ts';
import type { CreateMandate, Mandate, UpdateMandate } from './mandate.schema.ts';

export async function getMandate(ctx: AppContext, workspaceId: string, id: string): Promise<Mandate> {
  const row = await repo.findMandate(ctx.db.kysely, workspaceId, id);
  if (!row) throw notFound('Mandate');
  return repo.presentMandate(row);
}

/** Theme and people of the same workspace, and a review date not before the grant. */
function check(
  trx: AppContext['db']['kysely'],
  actor: WorkspaceActor,
  input: UpdateMandate,
  merged: { grantedOn: string | null; reviewOn: string | null },
) {
  const references = new ReferenceCheck(trx, actor.workspaceId)
    .one('themes', '/themeId', input.themeId)
    .one('people', '/clientId', input.clientId)
    .one('people', '/holderId', input.holderId);
  if (merged.grantedOn && merged.reviewOn && merged.reviewOn < merged.grantedOn) {
    references.problem('/reviewOn', 'too_small', 'The review date lies before the date the mandate was granted.');
  }
  return references.verify();
}

export async function createMandate(ctx: AppContext, actor: WorkspaceActor, input: CreateMandate): Promise<Mandate> {
  const now = nowIso();
  const row: repo.MandateRow = {
    id: newId(),
    workspaceId: actor.workspaceId,
    themeId: input.themeId,
    clientId: input.clientId ?? null,
    holderId: input.holderId ?? null,
    role: input.role,
    scope: input.scope ?? null,
    status: input.status ?? 'requested',
    grantedOn: input.grantedOn ?? null,
    reviewOn: input.reviewOn ?? null,
    version: 1,
    createdAt: now,
    updatedAt: now,
  };
  return ctx.db.kysely.transaction().execute(async (trx) => {
    await check(trx, actor, input, row);
    await repo.insertMandate(trx, row);
    await auditByActor(trx, actor, 'create', 'mandate', row.id);
    return repo.presentMandate(row);
  });
}

export async function updateMandate(
  ctx: AppContext,
  actor: WorkspaceActor,
  id: string,
  expected: number,
  input: UpdateMandate,
): Promise<Mandate> {
  return ctx.db.kysely.transaction().execute(async (trx) => {
    const current = await repo.findMandate(trx, actor.workspaceId, id);
    if (!current) throw notFound('Mandate');
    assertVersion(current, expected);
    const changes = { ...input, updatedAt: nowIso() };
    const updated = { ...current, ...changes, version: expected + 1 };
    await check(trx, actor, input, updated);
    if (!(await repo.updateMandate(trx, id, expected, changes))) throw preconditionFailed(current.version);
    await auditByActor(trx, actor, 'update', 'mandate', id);
    return repo.presentMandate(updated);
  });
}

/** Deletes a mandate with the notes on it. */
export function deleteMandate(ctx: AppContext, actor: WorkspaceActor, id: string): Promise<void> {
  return deleteRecord(ctx, actor, id, { table: 'mandates', noun: 'Mandate', auditType: 'mandate', notes: 'mandate' });
}
