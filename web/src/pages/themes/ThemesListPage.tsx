import { useTranslation } from 'react-i18next';
import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { themesApi } from '../../api/network.ts';
import type { Theme } from '../../api/types.ts';
import { useWorkspace, wsPath } from '../../auth/workspace-context.ts';
import { AppLink } from '../../components/AppLink.tsx';
import { SortHeader } from '../../components/SortHeader.tsx';
import { SearchFilter } from '../../components/SearchFilter.tsx';
import { ThemeKindStatusFilters } from './ThemeKindStatusFilters.tsx';
import { ListHeader } from '../../components/ListHeader.tsx';
import { FilterBar } from '../../components/FilterBar.tsx';
import { ListResults } from '../../components/ListResults.tsx';
import { useDocumentTitle } from '../../lib/use-document-title.ts';
import { useRecordList } from '../../lib/use-record-list.ts';
import { useSearchParamsState } from '../../lib/use-search-params-state.ts';
import { useFormat } from '../../i18n/format.ts';

/** Themes on the administrative agenda: filter by kind and status, sort by column. */
export function ThemesListPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('themes.title'));
  const ws = useWorkspace();
  const fmt = useFormat();
  const [filters, setFilters] = useSearchParamsState(['q', 'kind', 'status', 'sort'] as const, { sort: 'title' });
  const list = useRecordList<Theme>(['themes', ws.id], (query, signal) => themesApi.list(ws.id, query, signal), {
    q: filters.q,
    kind: filters.kind,
    status: filters.status,
    sort: filters.sort,
    limit: 50,
  });
  return (
    <>
      <ListHeader title={t('themes.title')} newLabel={t('themes.new')} newTo={wsPath(ws.id, 'themes/new')} canEdit={ws.canEdit} />
      <FilterBar>
        <SearchFilter label={t('list.search')} value={filters.q} onChange={(q) => setFilters({ q })} />
        <ThemeKindStatusFilters kind={filters.kind} status={filters.status} onChange={setFilters} />
      </FilterBar>
      <ListResults list={list} label={t('themes.title')}>
        <Table>
          <TableHeader>
            <TableRow>
              <SortHeader label={t('fields.title')} field="title" sort={filters.sort} onSort={(sort) => setFilters({ sort })} />
              <TableHeaderCell scope="col">{t('fields.kind')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('fields.status')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('fields.horizon')}</TableHeaderCell>
              <SortHeader label={t('fields.updatedAt')} field="updatedAt" sort={filters.sort} onSort={(sort) => setFilters({ sort })} />
            </TableRow>
          </TableHeader>
          <TableBody>
            {list.items.map((th) => (
              <TableRow key={th.id}>
                <TableCell>
                  <AppLink to={wsPath(ws.id, `themes/${th.id}`)}>{th.title}</AppLink>
                </TableCell>
                <TableCell>{t(`themeKinds.${th.kind}`)}</TableCell>
                <TableCell>{t(`themeStatuses.${th.status}`)}</TableCell>
                <TableCell className="kring-nowrap">{fmt.shortDate(th.horizon)}</TableCell>
                <TableCell className="kring-nowrap">{fmt.shortDate(th.updatedAt)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </ListResults>
    </>
  );
}
