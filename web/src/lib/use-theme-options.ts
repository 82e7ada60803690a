import { useQuery } from '@tanstack/react-query';
import { themesApi } from '../api/network.ts';

/** All themes of a workspace (first 200, by title), for names and select options. */
export function useThemeOptions(workspaceId: string) {
  const query = useQuery({
    queryKey: ['themes', workspaceId, 'options'],
    queryFn: () => themesApi.list(workspaceId, { limit: 200, sort: 'title' }),
    staleTime: 60_000,
  });
  const themes = query.data?.data ?? [];
  return {
    themes,
    options: themes.map((th) => ({ value: th.id, label: th.title })),
    titleOf: (id: string) => themes.find((th) => th.id === id)?.title,
  };
}
