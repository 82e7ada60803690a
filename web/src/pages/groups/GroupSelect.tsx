import { useTranslation } from 'react-i18next';
import { useQuery } from '@tanstack/react-query';
import { groupsApi } from '../../api/method.ts';
import { SelectField } from '../../components/SelectField.tsx';

interface GroupSelectProps {
  workspaceId: string;
  label: string;
  value: string;
  onChange: (groupId: string) => void;
  error?: string;
}

/** A choice among the workspace's groups (first 200, by name), or none. */
export function GroupSelect({ workspaceId, label, value, onChange, error }: GroupSelectProps) {
  const { t } = useTranslation();
  const groups = useQuery({
    queryKey: ['groups', workspaceId, 'options'],
    queryFn: () => groupsApi.list(workspaceId, { limit: 200, sort: 'name' }),
    staleTime: 60_000,
  });
  return (
    <SelectField
      name="groupId"
      label={label}
      value={value}
      emptyLabel={t('interactions.noGroup')}
      options={(groups.data?.data ?? []).map((g) => ({ value: g.id, label: g.name }))}
      onChange={onChange}
      error={error}
    />
  );
}
