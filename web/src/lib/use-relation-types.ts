import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { relationTypesApi } from '../api/network.ts';
import { builtInRelationTypes, type BuiltInRelationType } from '../api/types.ts';

/**
 * The workspace's relation types with labels in the chosen language: built-in types are
 * translated here, types the workspace added keep the label it gave them.
 */
export function useRelationTypes(workspaceId: string) {
  const { t } = useTranslation();
  const query = useQuery({
    queryKey: ['relation-types', workspaceId],
    queryFn: () => relationTypesApi.list(workspaceId),
    staleTime: 300_000,
  });
  const list = query.data ?? builtInRelationTypes.map((key) => ({ key, label: key, directed: false, builtIn: true }));
  const label = (key: string) =>
    (builtInRelationTypes as readonly string[]).includes(key)
      ? t(`relationTypes.${key as BuiltInRelationType}`)
      : (list.find((r) => r.key === key)?.label ?? key);
  return { list, label, options: list.map((r) => ({ value: r.key, label: label(r.key) })) };
}
