import { useQuery } from '@tanstack/react-query';
import { ownMembershipApi } from '../../api/analytics.ts';

/** The query key of your own membership in a workspace. */
export const ownMembershipKey = (workspaceId: string) => ['members-me', workspaceId];

/** Your own membership: which person you are in the network (`personId`, null when not set). */
export function useOwnMembership(workspaceId: string) {
  return useQuery({ queryKey: ownMembershipKey(workspaceId), queryFn: () => ownMembershipApi.get(workspaceId) });
}
