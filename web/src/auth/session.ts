import { useQuery, useQueryClient } from '@tanstack/react-query';
import { accountsApi } from '../api/accounts.ts';
import { ApiError } from '../api/problem.ts';
import type { CurrentSession } from '../api/types.ts';

export const sessionKey = ['session'] as const;

/** The signed-in user and memberships; `null` when nobody is signed in (401). */
export function useSession() {
  return useQuery<CurrentSession | null>({
    queryKey: sessionKey,
    queryFn: async () => {
      try {
        return await accountsApi.current();
      } catch (error) {
        if (error instanceof ApiError && error.status === 401) return null;
        throw error;
      }
    },
    staleTime: 60_000,
    retry: false,
  });
}

/** Re-reads the session after sign-in, sign-out or a membership change. */
export function useRefreshSession() {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: sessionKey });
}
