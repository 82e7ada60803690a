import { useQuery } from '@tanstack/react-query';
import { workspacesApi } from '../api/workspaces.ts';
import { useFormat } from '../i18n/format.ts';

/**
 * The members of a workspace as select options by user id, sorted by name in the chosen
 * language. Only owners may list members: for their pages only.
 */
export function useMemberOptions(workspaceId: string) {
  const fmt = useFormat();
  const query = useQuery({ queryKey: ['members', workspaceId], queryFn: () => workspacesApi.members(workspaceId) });
  return (query.data ?? []).map((m) => ({ value: m.userId, label: m.name })).sort((a, b) => fmt.compare(a.label, b.label));
}
