import { useTranslation } from 'react-i18next';
import { interactionsApi } from '../../api/interactions.ts';
import { interactionKinds, type Interaction } from '../../api/types.ts';
import { useWorkspace, wsPath } from '../../auth/workspace-context.ts';
import { SelectField } from '../../components/SelectField.tsx';
import { TextField } from '../../components/TextField.tsx';
import { ListHeader } from '../../components/ListHeader.tsx';
import { FilterBar } from '../../components/FilterBar.tsx';
import { ListResults } from '../../components/ListResults.tsx';
import { useDocumentTitle } from '../../lib/use-document-title.ts';
import { useRecordList } from '../../lib/use-record-list.ts';
import { useSearchParamsState } from '../../lib/use-search-params-state.ts';
import { InteractionsTable } from './InteractionsTable.tsx';

/** Every interaction of the workspace, newest first, filtered by kind and period. */
export function InteractionsListPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('interactions.title'));
  const ws = useWorkspace();
  const [filters, setFilters] = useSearchParamsState(['kind', 'dateFrom', 'dateTo'] as const);
  const list = useRecordList<Interaction>(['interactions', ws.id], (query, signal) => interactionsApi.list(ws.id, query, signal), {
    kind: filters.kind,
    dateFrom: filters.dateFrom,
    dateTo: filters.dateTo,
    sort: '-date',
    limit: 50,
  });
  return (
    <>
      <ListHeader
        title={t('interactions.title')}
        newLabel={t('interactions.new')}
        newTo={wsPath(ws.id, 'interactions/new')}
        canEdit={ws.canEdit}
      />
      <FilterBar>
        <SelectField
          name="kind"
          label={t('fields.kind')}
          value={filters.kind}
          emptyLabel={t('list.all')}
          options={interactionKinds.map((k) => ({ value: k, label: t(`interactionKinds.${k}`) }))}
          onChange={(kind) => setFilters({ kind })}
        />
        <TextField
          name="dateFrom"
          type="date"
          label={t('fields.since')}
          value={filters.dateFrom}
          onChange={(dateFrom) => setFilters({ dateFrom })}
        />
        <TextField
          name="dateTo"
          type="date"
          label={t('fields.until')}
          value={filters.dateTo}
          onChange={(dateTo) => setFilters({ dateTo })}
        />
      </FilterBar>
      <ListResults list={list} label={t('interactions.title')}>
        <InteractionsTable workspaceId={ws.id} items={list.items} />
      </ListResults>
    </>
  );
}
