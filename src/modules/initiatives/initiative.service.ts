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
import * as repo from './initiative.repository.ts';
import type { CreateInitiative, Initiative, UpdateInitiative } from './initiative.schema.ts';

type Executor = Kysely<Database>;

export async function getInitiative(ctx: AppContext, workspaceId: string, id: string): Promise<Initiative> {
  const row = await repo.findInitiative(ctx.db.kysely, workspaceId, id);
  if (!row) throw notFound('Initiative');
  return (await repo.presentInitiatives(ctx.db.kysely, [row]))[0] as Initiative;
}

/** Organisations and themes of the same workspace, and an end not before the start. */
function check(db: Executor, actor: WorkspaceActor, input: UpdateInitiative, merged: { startOn: string | null; endOn: string | null }) {
  const references = new ReferenceCheck(db, actor.workspaceId)
    .one('organisations', '/leadOrganisationId', input.leadOrganisationId)
    .list('organisations', '/organisationIds', input.organisationIds)
    .list('themes', '/themeIds', input.themeIds);
  if (merged.startOn && merged.endOn && merged.endOn < merged.startOn) {
    references.problem('/endOn', 'too_small', 'The end date lies before the start date.');
  }
  return references.verify();
}

async function writeLinks(db: Executor, workspaceId: string, id: string, input: UpdateInitiative) {
  if (input.organisationIds !== undefined) await replaceLinks(db, repo.participants, workspaceId, id, input.organisationIds);
  if (input.themeIds !== undefined) await replaceLinks(db, repo.initiativeThemes, workspaceId, id, input.themeIds);
}

export async function createInitiative(ctx: AppContext, actor: WorkspaceActor, input: CreateInitiative): Promise<Initiative> {
  const now = nowIso();
  const row: repo.InitiativeRow = {
    id: newId(),
    workspaceId: actor.workspaceId,
    title: input.title,
    sortTitle: fold(input.title),
    kind: input.kind,
    status: input.status ?? 'proposed',
    description: input.description ?? null,
    leadOrganisationId: input.leadOrganisationId ?? null,
    startOn: input.startOn ?? null,
    endOn: input.endOn ?? null,
    outcome: input.outcome ?? null,
    version: 1,
    createdAt: now,
    updatedAt: now,
  };
  return ctx.db.kysely.transaction().execute(async (trx) => {
    await check(trx, actor, input, row);
    await repo.insertInitiative(trx, row);
    await writeLinks(trx, actor.workspaceId, row.id, input);
    await auditByActor(trx, actor, 'create', 'initiative', row.id);
    return (await repo.presentInitiatives(trx, [row]))[0] as Initiative;
  });
}

export async function updateInitiative(
  ctx: AppContext,
  actor: WorkspaceActor,
  id: string,
  expected: number,
  input: UpdateInitiative,
): Promise<Initiative> {
  return ctx.db.kysely.transaction().execute(async (trx) => {
    const current = await repo.findInitiative(trx, actor.workspaceId, id);
    if (!current) throw notFound('Initiative');
    assertVersion(current, expected);
    const { organisationIds: _organisationIds, themeIds: _themeIds, ...fields } = input;
    const changes = { ...fields, ...(input.title !== undefined ? { sortTitle: fold(input.title) } : {}), updatedAt: nowIso() };
    const updated = { ...current, ...changes, version: expected + 1 };
    await check(trx, actor, input, updated);
    if (!(await repo.updateInitiative(trx, id, expected, changes))) throw preconditionFailed(current.version);
    await writeLinks(trx, actor.workspaceId, id, input);
    await auditByActor(trx, actor, 'update', 'initiative', id);
    return (await repo.presentInitiatives(trx, [updated]))[0] as Initiative;
  });
}

/** Deletes an initiative with its links and the notes on it. */
export function deleteInitiative(ctx: AppContext, actor: WorkspaceActor, id: string): Promise<void> {
  return deleteRecord(ctx, actor, id, { table: 'initiatives', noun: 'Initiative', auditType: 'initiative', notes: 'initiative' });
}
