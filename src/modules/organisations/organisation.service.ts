import type { AppContext } from '../../app/context.ts';
import type { Precondition } from '../../db/precondition.ts';
import { conflict, invalidField, notFound, preconditionFailed } from '../../http/errors.ts';
import { assertVersion } from '../../http/etag.ts';
import type { WorkspaceActor } from '../../http/route.ts';
import { nowIso } from '../../lib/clock.ts';
import { newId } from '../../lib/ids.ts';
import { fold } from '../../lib/text.ts';
import type { Database } from '../../db/schema.ts';
import type { Kysely } from 'kysely';
import { bumpNetworkVersion } from '../analytics/network-version.repository.ts';
import { auditByActor, type AuditActor } from '../audit/audit.repository.ts';
import { detachParties } from '../network/party-cleanup.repository.ts';
import { upsertSearchDocument } from '../search/search-document.repository.ts';
import { refreshAffiliatedPeople } from '../people/person.service.ts';
import { peopleAffiliatedWith } from '../people/person-lists.repository.ts';
import { serialiseStoredRecordWrites } from '../../db/stored-record-writes.ts';
import { storeRecordsOfRelationsWith } from '../relations/relation-record.repository.ts';
import * as repo from './organisation.repository.ts';
import type { CreateOrganisation, Organisation, UpdateOrganisation } from './organisation.schema.ts';

type Executor = Kysely<Database>;

export async function getOrganisation(
  ctx: AppContext,
  workspaceId: string,
  id: string,
  precondition?: Precondition,
): Promise<Organisation> {
  const row = await repo.findOrganisation(ctx.db.kysely, workspaceId, id, precondition);
  if (!row) throw notFound('Organisation');
  return repo.presentOrganisation(row);
}

/** A parent must exist in the same workspace and must not be the organisation itself or one of its units. */
async function checkParent(db: Executor, workspaceId: string, parentId: string, selfId?: string): Promise<void> {
  const parent = await repo.findOrganisation(db, workspaceId, parentId);
  if (!parent) throw invalidField('/parentId', 'not_found', 'No organisation with this id in this workspace.');
  if (selfId === undefined) return;
  const descendants = await repo.listDescendants(db, workspaceId, selfId);
  if (parentId === selfId || descendants.some((d) => d.id === parentId)) {
    throw invalidField('/parentId', 'cycle', 'An organisation cannot be a unit of itself or of its own units.');
  }
}

async function checkCodeFree(db: Executor, workspaceId: string, code: string, selfId?: string): Promise<void> {
  const existing = await repo.findOrganisationByCode(db, workspaceId, code);
  if (existing && existing.id !== selfId) {
    throw conflict('Another organisation in this workspace has this code.', {
      id: existing.id,
      href: `/api/v1/workspaces/${workspaceId}/organisations/${existing.id}`,
    });
  }
}

async function writeSearchDocument(
  db: Executor,
  row: { id: string; workspaceId: string; name: string; code: string | null; kind: string; description: string | null },
) {
  await upsertSearchDocument(db, {
    entityId: row.id,
    workspaceId: row.workspaceId,
    entityType: 'organisation',
    title: row.name,
    body: [row.code, row.description],
  });
}

type OrganisationRow = Parameters<typeof repo.insertOrganisation>[1];

/** Writes a new, checked organisation with its search document, in the caller's transaction. */
export async function addOrganisation(db: Executor, actor: AuditActor, row: OrganisationRow): Promise<void> {
  await repo.insertOrganisation(db, row);
  await writeSearchDocument(db, row);
  await auditByActor(db, actor, 'create', 'organisation', row.id);
}

export async function createOrganisation(ctx: AppContext, actor: WorkspaceActor, input: CreateOrganisation): Promise<Organisation> {
  const now = nowIso();
  const row = {
    id: newId(),
    workspaceId: actor.workspaceId,
    name: input.name,
    sortName: fold(input.name),
    kind: input.kind,
    code: input.code ?? null,
    parentId: input.parentId ?? null,
    description: input.description ?? null,
    website: input.website ?? null,
    version: 1,
    createdAt: now,
    updatedAt: now,
  };
  await ctx.db.kysely.transaction().execute(async (trx) => {
    if (row.parentId) await checkParent(trx, actor.workspaceId, row.parentId);
    if (row.code) await checkCodeFree(trx, actor.workspaceId, row.code);
    await addOrganisation(trx, actor, row);
    await bumpNetworkVersion(trx, actor.workspaceId);
  });
  return repo.presentOrganisation(row);
}

export async function updateOrganisation(
  ctx: AppContext,
  actor: WorkspaceActor,
  id: string,
  expected: number,
  input: UpdateOrganisation,
): Promise<Organisation> {
  return ctx.db.kysely.transaction().execute(async (trx) => {
    if (input.name !== undefined) await serialiseStoredRecordWrites(trx, actor.workspaceId);
    const current = await repo.findOrganisation(trx, actor.workspaceId, id);
    if (!current) throw notFound('Organisation');
    assertVersion(current, expected);
    if (input.parentId) await checkParent(trx, actor.workspaceId, input.parentId, id);
    if (input.code) await checkCodeFree(trx, actor.workspaceId, input.code, id);
    const changes = {
      ...input,
      ...(input.name !== undefined ? { sortName: fold(input.name) } : {}),
      updatedAt: nowIso(),
    };
    if (!(await repo.updateOrganisation(trx, id, expected, changes))) throw preconditionFailed(current.version);
    const updated = { ...current, ...changes, version: expected + 1 };
    await writeSearchDocument(trx, updated);
    if (input.name !== undefined && input.name !== current.name) {
      await refreshAffiliatedPeople(trx, await peopleAffiliatedWith(trx, [id]));
      await storeRecordsOfRelationsWith(trx, actor.workspaceId, [id]);
    }
    await auditByActor(trx, actor, 'update', 'organisation', id);
    await bumpNetworkVersion(trx, actor.workspaceId);
    return repo.presentOrganisation(updated);
  });
}

/** Deletes an organisation with all its units, and everything hanging on them, in one transaction. */
export async function deleteOrganisation(ctx: AppContext, actor: WorkspaceActor, id: string): Promise<void> {
  await ctx.db.kysely.transaction().execute(async (trx) => {
    await serialiseStoredRecordWrites(trx, actor.workspaceId);
    const current = await repo.findOrganisation(trx, actor.workspaceId, id);
    if (!current) throw notFound('Organisation');
    const ids = [id, ...(await repo.listDescendants(trx, actor.workspaceId, id)).map((d) => d.id)];
    // Their affiliations go with them (by cascade): the people keep a list without them.
    const affiliated = await peopleAffiliatedWith(trx, ids);
    await detachParties(trx, actor.workspaceId, ids);
    await repo.deleteOrganisations(trx, ids.reverse());
    await refreshAffiliatedPeople(trx, affiliated);
    await auditByActor(trx, actor, 'delete', 'organisation', id);
  });
}

export async function listUnits(ctx: AppContext, workspaceId: string, id: string): Promise<Organisation[]> {
  await getOrganisation(ctx, workspaceId, id);
  return (await repo.listDescendants(ctx.db.kysely, workspaceId, id)).map(repo.presentOrganisation);
}
