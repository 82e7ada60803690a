import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { Cursor } from '../../http/pagination.ts';
import type { AuditEventRecord, ListAuditEventsQuery } from './audit.schema.ts';

/**
 * A page of the workspace's audit log, newest first (one row more when there is a next page),
 * from the (workspace, id) index or, for one record, the (workspace, subject, id) index.
 */
export function listAuditEvents(db: Kysely<Database>, workspaceId: string, query: ListAuditEventsQuery): Promise<AuditEventRecord[]> {
  let qb = db
    .selectFrom('auditEvents')
    .leftJoin('users', 'users.id', 'auditEvents.actorId')
    .select([
      'auditEvents.id',
      'auditEvents.at',
      'auditEvents.action',
      'auditEvents.subjectType',
      'auditEvents.subjectId',
      'auditEvents.actorId',
      'users.name as actorName',
    ])
    .where('auditEvents.workspaceId', '=', workspaceId);
  if (query.action) qb = qb.where('auditEvents.action', '=', query.action);
  if (query.subjectType) qb = qb.where('auditEvents.subjectType', '=', query.subjectType);
  if (query.subjectId) qb = qb.where('auditEvents.subjectId', '=', query.subjectId);
  if (query.actorId) qb = qb.where('auditEvents.actorId', '=', query.actorId);
  // Ids only grow, so the id alone is the keyset.
  if (query.cursor) qb = qb.where('auditEvents.id', '<', Number(query.cursor.id));
  return qb
    .orderBy('auditEvents.id', 'desc')
    .limit(query.limit + 1)
    .execute()
    .then((rows) => rows.map((row) => ({ ...row, id: Number(row.id) })));
}

/** The keyset position of an event: its id. */
export function auditEventCursor(event: AuditEventRecord): Cursor {
  return { value: String(event.id), id: String(event.id) };
}
