import { request } from './http.ts';
import { unwrapList } from './accounts.ts';
import type { Member, Role, Workspace } from './types.ts';

const ws = (id: string) => `/workspaces/${encodeURIComponent(id)}`;

/** Workspaces of the signed-in user and their members. */
export const workspacesApi = {
  list: () => request<{ data: Workspace[] } | Workspace[]>('/workspaces').then(unwrapList),
  get: (id: string) => request<Workspace>(ws(id)),
  create: (body: { name: string; description?: string }) => request<Workspace>('/workspaces', { method: 'POST', body }),
  members: (id: string) => request<{ data: Member[] }>(`${ws(id)}/members`).then((a) => a.data),
  addMember: (id: string, body: { email: string; role: Role }) => request<Member>(`${ws(id)}/members`, { method: 'POST', body }),
  updateMember: (id: string, userId: string, role: Role, version: number) =>
    request<Member>(`${ws(id)}/members/${encodeURIComponent(userId)}`, { method: 'PATCH', body: { role }, ifMatch: version }),
  removeMember: (id: string, userId: string) => request<void>(`${ws(id)}/members/${encodeURIComponent(userId)}`, { method: 'DELETE' }),
};
