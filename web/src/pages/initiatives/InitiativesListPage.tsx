import { useTranslation } from 'react-i18next';
import { useQuery } from '@tanstack/react-query';
import { Heading } from '@nl-design-system-candidate/heading-react';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import { initiativesApi } from '../../api/method.ts';
import { initiativeKinds, initiativeStatuses } from '../../api/types.ts';
import { useWorkspace } from '../../auth/workspace-context.ts';
import { FilterBar } from '../../components/FilterBar.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { useDocumentTitle } from '../../lib/use-document-title.ts';
import { useSearchParamsState } from '../../lib/use-search-params-state.ts';
import { InitiativesPanel } from './InitiativesPanel.tsx';

/** Every initiative of the workspace (projects, pilots, shared solutions and hires), filtered by kind and status. */
export function InitiativesListPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('initiatives.title'));
  const ws = useWorkspace();
  const [filters, setFilters] = useSearchParamsState(['kind', 'status'] as const);
  const query = { kind: filters.kind || undefined, status: filters.status || undefined, limit: 200, sort: 'title' };
  const initiatives = useQuery({ queryKey: ['initiatives', ws.id, query], queryFn: () => initiativesApi.list(ws.id, query) });
  return (
    <>
      <Heading level={1}>{t('initiatives.title')}</Heading>
      <Paragraph purpose="lead">{t('initiatives.intro')}</Paragraph>
      <FilterBar>
        <SelectField
          name="kind"
          label={t('fields.kind')}
          value={filters.kind}
          emptyLabel={t('list.all')}
          options={initiativeKinds.map((k) => ({ value: k, label: t(`initiativeKinds.${k}`) }))}
          onChange={(kind) => setFilters({ kind })}
        />
        <SelectField
          name="status"
          label={t('fields.status')}
          value={filters.status}
          emptyLabel={t('list.all')}
          options={initiativeStatuses.map((s) => ({ value: s, label: t(`initiativeStatuses.${s}`) }))}
          onChange={(status) => setFilters({ status })}
        />
      </FilterBar>
      <InitiativesPanel query={initiatives} level={2} />
    </>
  );
}
