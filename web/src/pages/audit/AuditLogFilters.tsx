import { useTranslation } from 'react-i18next';
import { FilterBar } from '../../components/FilterBar.tsx';
import { SelectField, type Option } from '../../components/SelectField.tsx';
import { useFormat } from '../../i18n/format.ts';
import { useMemberOptions } from '../../lib/use-member-options.ts';
import { actionLabel, auditActions, auditSubjectTypes, subjectTypeLabel } from './audit-vocabulary.ts';
import { SubjectFilter } from './SubjectFilter.tsx';

/** The filters of the audit log, as they are named in the address and in the API's query. */
export const auditFilterKeys = ['action', 'subjectType', 'actorId', 'subjectId'] as const;
export type AuditFilters = Record<(typeof auditFilterKeys)[number], string>;

interface AuditLogFiltersProps {
  workspaceId: string;
  filters: AuditFilters;
  onChange: (changes: Partial<AuditFilters>) => void;
  /** The kind of the one record filtered on, once known. */
  subjectKind: string | undefined;
}

/** Filter the log by action, kind of record and member; a record chosen elsewhere shows as a filter to lift. */
export function AuditLogFilters({ workspaceId, filters, onChange, subjectKind }: AuditLogFiltersProps) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const members = useMemberOptions(workspaceId);
  const subjectTypes = auditSubjectTypes
    .map((type) => ({ value: type, label: subjectTypeLabel(t, type) }))
    .sort((a, b) => fmt.compare(a.label, b.label));
  // Each list filter is a select of its own key, "all" when empty.
  const filterSelect = (name: Exclude<keyof AuditFilters, 'subjectId'>, label: string, options: Option[]) => (
    <SelectField
      name={name}
      label={label}
      value={filters[name]}
      emptyLabel={t('list.all')}
      options={options}
      onChange={(value) => onChange({ [name]: value })}
    />
  );
  return (
    <FilterBar>
      {filterSelect(
        'action',
        t('auditLog.filterAction'),
        auditActions.map((action) => ({ value: action, label: actionLabel(t, action) })),
      )}
      {filterSelect('subjectType', t('auditLog.filterSubjectType'), subjectTypes)}
      {filterSelect('actorId', t('auditLog.filterActor'), members)}
      {filters.subjectId ? (
        <SubjectFilter
          workspaceId={workspaceId}
          subjectId={filters.subjectId}
          kind={subjectKind}
          onClear={() => onChange({ subjectId: '' })}
        />
      ) : null}
    </FilterBar>
  );
}
