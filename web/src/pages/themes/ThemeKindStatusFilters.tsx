import { useTranslation } from 'react-i18next';
import { themeKinds, themeStatuses } from '../../api/types.ts';
import { SelectField } from '../../components/SelectField.tsx';

interface ThemeKindStatusFiltersProps {
  kind: string;
  status: string;
  onChange: (changes: { kind?: string; status?: string }) => void;
}

/** The kind and status filters of a theme list; empty means all. */
export function ThemeKindStatusFilters({ kind, status, onChange }: ThemeKindStatusFiltersProps) {
  const { t } = useTranslation();
  return (
    <>
      <SelectField
        name="kind"
        label={t('fields.kind')}
        value={kind}
        emptyLabel={t('list.all')}
        options={themeKinds.map((k) => ({ value: k, label: t(`themeKinds.${k}`) }))}
        onChange={(v) => onChange({ kind: v })}
      />
      <SelectField
        name="status"
        label={t('fields.status')}
        value={status}
        emptyLabel={t('list.all')}
        options={themeStatuses.map((s) => ({ value: s, label: t(`themeStatuses.${s}`) }))}
        onChange={(v) => onChange({ status: v })}
      />
    </>
  );
}
