import { request } from './http.ts';
import type { ApiToken, AppConfig, CreatedToken, CurrentSession, SetupState, User } from './types.ts';

/** Sign-in, first-run setup, the signed-in user and their API tokens. */
export const accountsApi = {
  config: () => request<AppConfig>('/config'),
  setupState: () => request<SetupState>('/setup'),
  setup: (body: { token: string; name: string; email: string; password: string; loadDemo?: boolean }) =>
    request<{ user: User; workspaceId?: string }>('/setup', { method: 'POST', body }),
  signIn: (body: { email: string; password: string }) => request<{ user: User }>('/sessions', { method: 'POST', body }),
  current: () => request<CurrentSession>('/sessions/current'),
  signOut: () => request<void>('/sessions/current', { method: 'DELETE' }),
  updateMe: (body: { name?: string; locale?: string }) => request<User>('/users/me', { method: 'PATCH', body }),
  tokens: () => request<{ data: ApiToken[] } | ApiToken[]>('/tokens').then(unwrapList),
  createToken: (body: { name: string; expiresOn?: string }) => request<CreatedToken>('/tokens', { method: 'POST', body }),
  deleteToken: (id: string) => request<void>(`/tokens/${encodeURIComponent(id)}`, { method: 'DELETE' }),
};

/** Accepts both `{ data: [...] }` and a bare array, so small list answers read the same way. */
export function unwrapList<T>(answer: { data: T[] } | T[]): T[] {
  return Array.isArray(answer) ? answer : answer.data;
}
