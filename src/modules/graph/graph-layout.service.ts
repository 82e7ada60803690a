import type { AppContext } from '../../app/context.ts';
import { notFound, preconditionFailed } from '../../http/errors.ts';
import { assertVersion } from '../../http/etag.ts';
import type { WorkspaceActor } from '../../http/route.ts';
import { nowIso } from '../../lib/clock.ts';
import { recordAudit } from '../audit/audit.repository.ts';
import * as repo from './graph-layout.repository.ts';
import type { GraphLayout } from './graph.schema.ts';

/** A stored layout of the workspace. */
export async function getLayout(ctx: AppContext, workspaceId: string, key: string): Promise<GraphLayout> {
  const row = await repo.findLayout(ctx.db.kysely, workspaceId, key);
  if (!row) throw notFound('Graph layout');
  return { key: row.key, positions: JSON.parse(row.positions) as GraphLayout['positions'], version: row.version, updatedAt: row.updatedAt };
}

/**
 * Creates or replaces a layout. With an expected version (If-Match) it must still be the
 * stored one; without, the last writer wins: a layout is machine state, not someone's edit.
 */
export async function saveLayout(
  ctx: AppContext,
  actor: WorkspaceActor,
  key: string,
  positions: GraphLayout['positions'],
  expected: number | undefined,
): Promise<{ layout: GraphLayout; created: boolean }> {
  const text = JSON.stringify(positions);
  const now = nowIso();
  return ctx.db.kysely.transaction().execute(async (trx) => {
    let version: number;
    if (expected === undefined) {
      version = await repo.upsertLayout(trx, { workspaceId: actor.workspaceId, key, positions: text, now });
    } else {
      const current = await repo.findLayoutVersion(trx, actor.workspaceId, key);
      // No layout means no version can match; 0 tells the client there is none yet.
      if (!current) throw preconditionFailed(0);
      assertVersion(current, expected);
      if (!(await repo.updateLayout(trx, actor.workspaceId, key, expected, text, now))) {
        throw preconditionFailed((await repo.findLayoutVersion(trx, actor.workspaceId, key))?.version ?? 0);
      }
      version = expected + 1;
    }
    const created = version === 1;
    await recordAudit(trx, {
      workspaceId: actor.workspaceId,
      actorId: actor.userId,
      action: created ? 'create' : 'update',
      subjectType: 'graph_layout',
      subjectId: null,
      ip: actor.ip,
    });
    return { layout: { key, positions, version, updatedAt: now }, created };
  });
}
