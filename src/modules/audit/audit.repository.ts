import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { insertMany } from '../../db/insert-many.ts';
import type { auditActions } from '../../domain/vocabulary.ts';
import { nowIso } from '../../lib/clock.ts';

export interface AuditEvent {
  workspaceId: string | null;
  actorId: string | null;
  /** A workspace record's (auditActions), or an account's own: signing in and out, the first setup. */
  action: (typeof auditActions)[number] | 'login' | 'logout' | 'setup';
  subjectType: string;
  subjectId: string | null;
  ip?: string | null;
}

/** Records who did what to which record — never the content. Runs inside the caller's transaction. */
export async function recordAudit(db: Kysely<Database>, event: AuditEvent): Promise<void> {
  await db
    .insertInto('auditEvents')
    .values({ ...event, ip: event.ip ?? null, at: nowIso() })
    .execute();
}

/** Who changed something in a workspace, as an audit event records it. */
export interface AuditActor {
  workspaceId: string;
  userId: string | null;
  ip: string | null;
}

/** Records what a workspace member did to a record of that workspace. */
export async function auditByActor(
  db: Kysely<Database>,
  actor: AuditActor,
  action: AuditEvent['action'],
  subjectType: string,
  subjectId: string | null,
): Promise<void> {
  await recordAudit(db, { workspaceId: actor.workspaceId, actorId: actor.userId, action, subjectType, subjectId, ip: actor.ip });
}

/** Records that a workspace member created these records, one event each (an import). */
export async function auditCreatedByActor(
  db: Kysely<Database>,
  actor: AuditActor,
  subjectType: string,
  subjectIds: string[],
): Promise<void> {
  const at = nowIso();
  const events = subjectIds.map((subjectId) => ({
    workspaceId: actor.workspaceId,
    actorId: actor.userId,
    action: 'create' as const,
    subjectType,
    subjectId,
    ip: actor.ip,
    at,
  }));
  await insertMany(db, 'auditEvents', events);
}
