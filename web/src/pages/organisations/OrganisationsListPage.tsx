import { useTranslation } from 'react-i18next';
import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { organisationsApi } from '../../api/network.ts';
import { organisationKinds, type Organisation } from '../../api/types.ts';
import { useWorkspace, wsPath } from '../../auth/workspace-context.ts';
import { AppLink } from '../../components/AppLink.tsx';
import { SortHeader } from '../../components/SortHeader.tsx';
import { SearchFilter } from '../../components/SearchFilter.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { CheckboxField } from '../../components/CheckboxField.tsx';
import { ListHeader } from '../../components/ListHeader.tsx';
import { FilterBar } from '../../components/FilterBar.tsx';
import { ListResults } from '../../components/ListResults.tsx';
import { useDocumentTitle } from '../../lib/use-document-title.ts';
import { useRecordList } from '../../lib/use-record-list.ts';
import { useSearchParamsState } from '../../lib/use-search-params-state.ts';
import { useFormat } from '../../i18n/format.ts';

/** Organisations: search, filter by kind, top level only or with units, sort by column. */
export function OrganisationsListPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('organisations.title'));
  const ws = useWorkspace();
  const fmt = useFormat();
  const [filters, setFilters] = useSearchParamsState(['q', 'kind', 'sort', 'units'] as const, { sort: 'name' });
  const kindOptions = organisationKinds
    .map((k) => ({ value: k, label: t(`organisationKinds.${k}`) }))
    .sort((a, b) => fmt.compare(a.label, b.label));
  // Units are organisations too; by default the list shows the top level, as people think of it.
  const topLevelOnly = filters.units !== '1' && !filters.q && !filters.kind;
  const list = useRecordList<Organisation>(['organisations', ws.id], (query, signal) => organisationsApi.list(ws.id, query, signal), {
    q: filters.q,
    kind: filters.kind,
    sort: filters.sort,
    topLevel: topLevelOnly ? 'true' : undefined,
    limit: 50,
  });
  return (
    <>
      <ListHeader
        title={t('organisations.title')}
        newLabel={t('organisations.new')}
        newTo={wsPath(ws.id, 'organisations/new')}
        canEdit={ws.canEdit}
      />
      <FilterBar>
        <SearchFilter label={t('list.search')} value={filters.q} onChange={(q) => setFilters({ q })} />
        <SelectField
          name="kind"
          label={t('fields.kind')}
          value={filters.kind}
          options={kindOptions}
          emptyLabel={t('list.all')}
          onChange={(kind) => setFilters({ kind })}
        />
        <CheckboxField
          name="units"
          label={t('organisations.showUnits')}
          checked={filters.units === '1'}
          onChange={(on) => setFilters({ units: on ? '1' : '' })}
        />
      </FilterBar>
      <ListResults list={list} label={t('organisations.title')}>
        <Table>
          <TableHeader>
            <TableRow>
              <SortHeader label={t('fields.name')} field="name" sort={filters.sort} onSort={(sort) => setFilters({ sort })} />
              <TableHeaderCell scope="col">{t('fields.kind')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('fields.code')}</TableHeaderCell>
              <SortHeader label={t('fields.updatedAt')} field="updatedAt" sort={filters.sort} onSort={(sort) => setFilters({ sort })} />
            </TableRow>
          </TableHeader>
          <TableBody>
            {list.items.map((o) => (
              <TableRow key={o.id}>
                <TableCell>
                  <AppLink to={wsPath(ws.id, `organisations/${o.id}`)}>{o.name}</AppLink>
                </TableCell>
                <TableCell>{t(`organisationKinds.${o.kind}`)}</TableCell>
                <TableCell>{o.code}</TableCell>
                <TableCell className="kring-nowrap">{fmt.shortDate(o.updatedAt)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </ListResults>
    </>
  );
}
