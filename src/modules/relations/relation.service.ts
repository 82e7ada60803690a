import type { Kysely } from 'kysely';
import type { Precondition } from '../../db/precondition.ts';
import type { AppContext } from '../../app/context.ts';
import type { Database } from '../../db/schema.ts';
import { badRequest, conflict, notFound, preconditionFailed, type ProblemDetail } from '../../http/errors.ts';
import { assertVersion } from '../../http/etag.ts';
import type { WorkspaceActor } from '../../http/route.ts';
import { nowIso } from '../../lib/clock.ts';
import { newId } from '../../lib/ids.ts';
import { bumpNetworkVersion } from '../analytics/network-version.repository.ts';
import { auditByActor } from '../audit/audit.repository.ts';
import { builtInRelationTypes } from '../../domain/vocabulary.ts';
import * as repo from './relation.repository.ts';
import { storeRelationRecords } from './relation-record.repository.ts';
import { serialiseStoredRecordWrites } from '../../db/stored-record-writes.ts';
import type { CreateRelation, Relation, UpdateRelation } from './relation.schema.ts';

type Executor = Kysely<Database>;

/** The direction a type has by default; undefined when the workspace does not know the type. */
async function typeDirection(db: Executor, workspaceId: string, key: string): Promise<boolean | undefined> {
  const builtIn = builtInRelationTypes.find((t) => t.key === key);
  if (builtIn) return builtIn.directed;
  const custom = await repo.findCustomRelationType(db, workspaceId, key);
  return custom ? custom.directed === 1 : undefined;
}

/**
 * Resolves and checks the ends and the type; every problem is reported at once. A party of
 * another workspace is indistinguishable from an unknown one.
 */
async function resolve(db: Executor, workspaceId: string, input: { from?: string; to?: string; type?: string }) {
  const ids = [input.from, input.to].filter((id): id is string => id !== undefined);
  const kinds = ids.length > 0 ? await repo.partyTypesOf(db, workspaceId, ids) : new Map();
  const problems: ProblemDetail[] = [];
  for (const end of ['from', 'to'] as const) {
    const id = input[end];
    if (id !== undefined && !kinds.has(id)) {
      problems.push({
        in: 'body',
        location: { pointer: `/${end}` },
        code: 'not_found',
        detail: 'No person or organisation with this id in this workspace.',
      });
    }
  }
  const directed = input.type === undefined ? undefined : await typeDirection(db, workspaceId, input.type);
  if (input.type !== undefined && directed === undefined) {
    problems.push({
      in: 'body',
      location: { pointer: '/type' },
      code: 'invalid_value',
      detail: 'Unknown relation type; add it to the workspace first.',
    });
  }
  if (problems.length > 0)
    throw badRequest(problems.length === 1 ? (problems[0]?.detail ?? '') : `${problems.length} problems in the relation.`, problems);
  return { kinds, directed };
}

export async function getRelation(ctx: AppContext, workspaceId: string, id: string, precondition?: Precondition): Promise<Relation> {
  const row = await repo.findRelation(ctx.db.kysely, workspaceId, id, precondition);
  if (!row) throw notFound('Relation');
  return repo.presentRelation(row);
}

export async function createRelation(ctx: AppContext, actor: WorkspaceActor, input: CreateRelation): Promise<Relation> {
  return ctx.db.kysely.transaction().execute(async (trx) => {
    await serialiseStoredRecordWrites(trx, actor.workspaceId);
    const { kinds, directed } = await resolve(trx, actor.workspaceId, input);
    const now = nowIso();
    const row = {
      id: newId(),
      workspaceId: actor.workspaceId,
      fromId: input.from,
      fromType: kinds.get(input.from),
      toId: input.to,
      toType: kinds.get(input.to),
      type: input.type,
      directed: (input.directed ?? directed) ? 1 : 0,
      strength: input.strength ?? 3,
      since: input.since ?? null,
      until: input.until ?? null,
      note: input.note ?? null,
      source: input.source ?? null,
      version: 1,
      createdAt: now,
      updatedAt: now,
    };
    await repo.insertRelation(trx, row);
    await storeRelationRecords(trx, [row.id]);
    await auditByActor(trx, actor, 'create', 'relation', row.id);
    await bumpNetworkVersion(trx, actor.workspaceId);
    const created = await repo.findRelation(trx, actor.workspaceId, row.id);
    return repo.presentRelation(created!);
  });
}

export async function updateRelation(
  ctx: AppContext,
  actor: WorkspaceActor,
  id: string,
  expected: number,
  input: UpdateRelation,
): Promise<Relation> {
  return ctx.db.kysely.transaction().execute(async (trx) => {
    await serialiseStoredRecordWrites(trx, actor.workspaceId);
    const current = await repo.findRelation(trx, actor.workspaceId, id);
    if (!current) throw notFound('Relation');
    assertVersion(current, expected);
    const { kinds } = await resolve(trx, actor.workspaceId, input);
    const { from: newFrom, to: newTo, directed, ...rest } = input;
    if ((newFrom ?? current.fromId) === (newTo ?? current.toId))
      throw badRequest('A relation needs two different parties.', [
        { in: 'body', location: { pointer: '/to' }, code: 'custom', detail: 'A relation needs two different parties.' },
      ]);
    const changes = {
      ...rest,
      ...(newFrom ? { fromId: newFrom, fromType: kinds.get(newFrom) } : {}),
      ...(newTo ? { toId: newTo, toType: kinds.get(newTo) } : {}),
      ...(directed !== undefined ? { directed: directed ? 1 : 0 } : {}),
      updatedAt: nowIso(),
    };
    const since = changes.since === undefined ? current.since : changes.since;
    const until = changes.until === undefined ? current.until : changes.until;
    if (since && until && since > until)
      throw badRequest('until must not be before since.', [
        { in: 'body', location: { pointer: '/until' }, code: 'custom', detail: 'until must not be before since.' },
      ]);
    if (!(await repo.updateRelationRow(trx, id, expected, changes))) throw preconditionFailed(current.version);
    await storeRelationRecords(trx, [id]);
    await auditByActor(trx, actor, 'update', 'relation', id);
    await bumpNetworkVersion(trx, actor.workspaceId);
    const updated = await repo.findRelation(trx, actor.workspaceId, id);
    return repo.presentRelation(updated!);
  });
}

export async function deleteRelation(ctx: AppContext, actor: WorkspaceActor, id: string): Promise<void> {
  await ctx.db.kysely.transaction().execute(async (trx) => {
    if (!(await repo.findRelation(trx, actor.workspaceId, id))) throw notFound('Relation');
    await repo.deleteRelationRow(trx, id);
    await auditByActor(trx, actor, 'delete', 'relation', id);
    await bumpNetworkVersion(trx, actor.workspaceId);
  });
}

export async function listRelationTypes(ctx: AppContext, workspaceId: string) {
  const custom = await repo.listCustomRelationTypes(ctx.db.kysely, workspaceId);
  return [
    ...builtInRelationTypes.map((t) => ({ ...t, builtIn: true })),
    ...custom.map((t) => ({ key: t.key, label: t.label, directed: t.directed === 1, builtIn: false })),
  ];
}

export async function addRelationType(ctx: AppContext, actor: WorkspaceActor, input: { key: string; label: string; directed: boolean }) {
  if ((await typeDirection(ctx.db.kysely, actor.workspaceId, input.key)) !== undefined)
    throw conflict('This relation type already exists.');
  await ctx.db.kysely.transaction().execute(async (trx) => {
    await repo.insertRelationType(trx, {
      workspaceId: actor.workspaceId,
      key: input.key,
      label: input.label,
      directed: input.directed ? 1 : 0,
      createdAt: nowIso(),
    });
    await auditByActor(trx, actor, 'create', 'relation_type', null);
  });
  return { ...input, builtIn: false };
}
