import { useQuery } from '@tanstack/react-query';
import { organisationsApi } from '../api/network.ts';
import { useFormat } from '../i18n/format.ts';

/** All organisations of a workspace as select options, sorted in the chosen language (first 200). */
export function useOrganisationOptions(workspaceId: string) {
  const fmt = useFormat();
  const query = useQuery({
    queryKey: ['organisations', workspaceId, 'options'],
    queryFn: () => organisationsApi.list(workspaceId, { limit: 200, sort: 'name' }),
    staleTime: 60_000,
  });
  const options = (query.data?.data ?? []).map((o) => ({ value: o.id, label: o.name })).sort((a, b) => fmt.compare(a.label, b.label));
  return { options, organisations: query.data?.data ?? [] };
}
