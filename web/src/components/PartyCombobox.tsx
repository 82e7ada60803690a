import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { searchApi } from '../api/network.ts';
import type { SearchHit, SearchType } from '../api/types.ts';
import { Combobox, type ComboboxProps, type ComboOption } from './Combobox.tsx';

interface PartyComboboxProps extends Omit<ComboboxProps, 'search' | 'onSelect' | 'renderSubtitle'> {
  workspaceId: string;
  types: SearchType[];
  onSelect: (hit: { id: string; title: string; type: SearchType }) => void;
  excludeIds?: string[];
}

/** A combobox over the workspace's people, organisations or themes, searching `search?q=` as you type. */
export function PartyCombobox({ workspaceId, types, excludeIds, onSelect, ...rest }: PartyComboboxProps) {
  const { t } = useTranslation();
  const search = useCallback(
    async (text: string, signal: AbortSignal): Promise<ComboOption[]> => {
      const hits: SearchHit[] = await searchApi.search(workspaceId, text, types, 10, signal);
      return hits.filter((h) => !excludeIds?.includes(h.id)).map((h) => ({ id: h.id, title: h.title, subtitle: h.subtitle, type: h.type }));
    },
    [workspaceId, types, excludeIds],
  );
  return (
    <Combobox
      {...rest}
      search={search}
      renderSubtitle={(o) => [t(`searchTypes.${o.type as SearchType}`), o.subtitle].filter(Boolean).join(' · ')}
      onSelect={(o) => onSelect({ id: o.id, title: o.title, type: (o.type ?? types[0]) as SearchType })}
    />
  );
}
