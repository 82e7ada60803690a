import type { AppContext } from '../../app/context.ts';
import { toPage } from '../../db/keyset.ts';
import { defineRoute } from '../../http/route.ts';
import { workspaceParams } from '../../http/schemas.ts';
import { auditEventCursor, listAuditEvents } from './audit-log.repository.ts';
import { auditEventPage, listAuditEventsQuery } from './audit.schema.ts';

/** The workspace's audit log, for its owners: who did what to which record and when, never the content. */
export function auditRoutes(ctx: AppContext) {
  return [
    defineRoute({
      method: 'GET',
      url: '/api/v1/workspaces/:workspaceId/audit-events',
      operationId: 'listAuditEvents',
      summary:
        "The workspace's audit log, newest first (owner): who created, changed, deleted, imported or exported which record and when, never what.",
      tag: 'audit',
      access: { workspace: 'owner' },
      params: workspaceParams,
      query: listAuditEventsQuery,
      success: { status: 200, description: 'A page of audit events.', schema: auditEventPage },
      handler: async ({ actor, query, request }) =>
        toPage(await listAuditEvents(ctx.db.kysely, actor.workspaceId, query), query.limit, request, auditEventCursor, (event) => event),
    }),
  ];
}
