import { request } from './http.ts';
import { workspacePath, type ListQuery } from './records.ts';
import type { AuditEvent, Page } from './types.ts';

/** The workspace's audit log, newest first; only owners may read it. */
export const auditApi = {
  list: (workspaceId: string, query?: ListQuery, signal?: AbortSignal) =>
    request<Page<AuditEvent>>(workspacePath(workspaceId, 'audit-events'), { query, signal }),
};
