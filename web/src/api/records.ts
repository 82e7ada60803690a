import { request, requestWithEtag, type RequestOptions, type Versioned } from './http.ts';
import type { Page } from './types.ts';

export type ListQuery = RequestOptions['query'];

/** The workspace-scoped path of a collection, e.g. `/workspaces/w1/people`. */
export const workspacePath = (workspaceId: string, collection: string) => `/workspaces/${encodeURIComponent(workspaceId)}/${collection}`;

/** The cursor of the next page, taken from the `next` link the server sends. */
export function nextCursor(page: Page<unknown>): string | undefined {
  const next = page.links?.next;
  if (!next) return undefined;
  return new URL(next, 'http://kring.invalid').searchParams.get('cursor') ?? undefined;
}

/**
 * Create, read, update and delete for one workspace collection. Updates send the version
 * the user edited as If-Match, so a stale save fails with 412 instead of overwriting.
 */
export function recordApi<T extends { id: string; version: number }, Input>(collection: string) {
  const one = (workspaceId: string, id: string) => `${workspacePath(workspaceId, collection)}/${encodeURIComponent(id)}`;
  return {
    list: (workspaceId: string, query?: ListQuery, signal?: AbortSignal) =>
      request<Page<T>>(workspacePath(workspaceId, collection), { query, signal }),
    get: (workspaceId: string, id: string): Promise<Versioned<T>> => requestWithEtag<T>(one(workspaceId, id)),
    create: (workspaceId: string, body: Input) => request<T>(workspacePath(workspaceId, collection), { method: 'POST', body }),
    update: (workspaceId: string, id: string, body: Partial<Input>, version: number) =>
      request<T>(one(workspaceId, id), { method: 'PATCH', body, ifMatch: version }),
    remove: (workspaceId: string, id: string) => request<void>(one(workspaceId, id), { method: 'DELETE' }),
  };
}
