import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useOrganisationOptions } from '../lib/use-organisation-options.ts';
import { useThemeOptions } from '../lib/use-theme-options.ts';
import { LinkedRecordsField } from './LinkedRecordsField.tsx';

interface LinkedIdsProps {
  workspaceId: string;
  /** The form field and its legend, e.g. `themeIds` and "Themes". */
  name: string;
  legend: string;
  ids: string[];
  onChange: (ids: string[]) => void;
  error?: string;
}

/** The names of records picked in the combobox, remembered until the lists that hold them are read. */
function usePickedNames() {
  const [names, setNames] = useState<Record<string, string>>({});
  return { names, remember: (hit: { id: string; title: string }) => setNames((n) => ({ ...n, [hit.id]: hit.title })) };
}

/** The themes a record is linked to, each removable, with a combobox to add one. */
export function LinkedThemesField({ workspaceId, ids, onChange, ...rest }: LinkedIdsProps) {
  const { t } = useTranslation();
  const themes = useThemeOptions(workspaceId);
  const picked = usePickedNames();
  return (
    <LinkedRecordsField
      {...rest}
      workspaceId={workspaceId}
      addLabel={t('interactions.addTheme')}
      emptyText={t('interactions.noThemes')}
      types={['theme']}
      ids={ids}
      nameOf={(id) => picked.names[id] ?? themes.titleOf(id) ?? id}
      onAdd={(hit) => {
        picked.remember(hit);
        onChange([...ids, hit.id]);
      }}
      onRemove={(id) => onChange(ids.filter((x) => x !== id))}
    />
  );
}

/** The organisations a record is linked to, each removable, with a combobox to add one. */
export function LinkedOrganisationsField({ workspaceId, ids, onChange, ...rest }: LinkedIdsProps) {
  const { t } = useTranslation();
  const { organisations } = useOrganisationOptions(workspaceId);
  const picked = usePickedNames();
  return (
    <LinkedRecordsField
      {...rest}
      workspaceId={workspaceId}
      addLabel={t('interactions.addOrganisation')}
      emptyText={t('interactions.noOrganisations')}
      types={['organisation']}
      ids={ids}
      nameOf={(id) => picked.names[id] ?? organisations.find((o) => o.id === id)?.name ?? id}
      onAdd={(hit) => {
        picked.remember(hit);
        onChange([...ids, hit.id]);
      }}
      onRemove={(id) => onChange(ids.filter((x) => x !== id))}
    />
  );
}
