import type { AppContext } from '../../app/context.ts';
import { conflict, notFound, preconditionFailed } from '../../http/errors.ts';
import { assertVersion } from '../../http/etag.ts';
import type { WorkspaceActor } from '../../http/route.ts';
import { nowIso } from '../../lib/clock.ts';
import { newId } from '../../lib/ids.ts';
import { auditByActor } from '../audit/audit.repository.ts';
import { ReferenceCheck, uniqueOr409 } from '../interactions/references.ts';
import * as repo from './contact-cadence.repository.ts';
import type { ContactCadence, CreateContactCadence, UpdateContactCadence } from './contact-cadence.schema.ts';

type Executor = AppContext['db']['kysely'];

const TWICE = 'You already keep in touch with this person; change that cadence.';

/** The actor's own cadence; another member's answers 404 like a missing one. */
async function ownCadence(db: Executor, actor: WorkspaceActor, id: string) {
  const row = await repo.findOwnCadence(db, actor.workspaceId, actor.userId, id);
  if (!row) throw notFound('Contact cadence');
  return row;
}

export async function getCadence(ctx: AppContext, actor: WorkspaceActor, id: string): Promise<ContactCadence> {
  return repo.presentCadence(await ownCadence(ctx.db.kysely, actor, id));
}

/** One cadence per person for each member; a second is a conflict that names the first. */
export async function createCadence(ctx: AppContext, actor: WorkspaceActor, input: CreateContactCadence): Promise<ContactCadence> {
  return ctx.db.kysely.transaction().execute(async (trx) => {
    const check = new ReferenceCheck(trx, actor.workspaceId);
    await check.one('people', '/personId', input.personId);
    check.throwIfAny();
    const existing = await repo.findCadenceFor(trx, actor.workspaceId, actor.userId, input.personId);
    if (existing) {
      throw conflict(TWICE, {
        id: existing.id,
        href: `/api/v1/workspaces/${actor.workspaceId}/contact-cadences/${existing.id}`,
      });
    }
    const now = nowIso();
    const row = {
      id: newId(),
      workspaceId: actor.workspaceId,
      userId: actor.userId,
      personId: input.personId,
      everyDays: input.everyDays,
      version: 1,
      createdAt: now,
      updatedAt: now,
    };
    await uniqueOr409(repo.insertCadence(trx, row), TWICE);
    await auditByActor(trx, actor, 'create', 'contact_cadence', row.id);
    return repo.presentCadence(await ownCadence(trx, actor, row.id));
  });
}

export async function updateCadence(
  ctx: AppContext,
  actor: WorkspaceActor,
  id: string,
  expected: number,
  input: UpdateContactCadence,
): Promise<ContactCadence> {
  return ctx.db.kysely.transaction().execute(async (trx) => {
    const current = await ownCadence(trx, actor, id);
    assertVersion(current, expected);
    if (!(await repo.updateCadence(trx, id, expected, { ...input, updatedAt: nowIso() }))) throw preconditionFailed(current.version);
    await auditByActor(trx, actor, 'update', 'contact_cadence', id);
    return repo.presentCadence(await ownCadence(trx, actor, id));
  });
}

export async function deleteCadence(ctx: AppContext, actor: WorkspaceActor, id: string): Promise<void> {
  await ctx.db.kysely.transaction().execute(async (trx) => {
    await ownCadence(trx, actor, id);
    await repo.deleteCadence(trx, id);
    await auditByActor(trx, actor, 'delete', 'contact_cadence', id);
  });
}
