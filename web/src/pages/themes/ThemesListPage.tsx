import { useTranslation } from 'react-i18next';
import { Heading } from '@nl-design-system-candidate/heading-react';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import { Button } from '@nl-design-system-candidate/button-react';
import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { themesApi } from '../../api/network.ts';
import { themeKinds, themeStatuses, type Theme } from '../../api/types.ts';
import { useWorkspace, wsPath } from '../../auth/workspace-context.ts';
import { AppLink, ButtonLink } from '../../components/AppLink.tsx';
import { SortHeader } from '../../components/SortHeader.tsx';
import { SearchFilter } from '../../components/SearchFilter.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { Loading, LoadError } from '../../components/QueryStatus.tsx';
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
      <div className="kring-page-title">
        <Heading level={1}>{t('themes.title')}</Heading>
        {ws.canEdit ? (
          <ButtonLink to={wsPath(ws.id, 'themes/new')} purpose="primary">
            {t('themes.new')}
          </ButtonLink>
        ) : null}
      </div>
      <form role="search" aria-label={t('list.filters')} className="kring-filters" onSubmit={(e) => e.preventDefault()}>
        <SearchFilter label={t('list.search')} value={filters.q} onChange={(q) => setFilters({ q })} />
        <SelectField
          name="kind"
          label={t('fields.kind')}
          value={filters.kind}
          emptyLabel={t('list.all')}
          options={themeKinds.map((k) => ({ value: k, label: t(`themeKinds.${k}`) }))}
          onChange={(kind) => setFilters({ kind })}
        />
        <SelectField
          name="status"
          label={t('fields.status')}
          value={filters.status}
          emptyLabel={t('list.all')}
          options={themeStatuses.map((s) => ({ value: s, label: t(`themeStatuses.${s}`) }))}
          onChange={(status) => setFilters({ status })}
        />
      </form>
      {list.error ? <LoadError error={list.error} /> : null}
      {list.isPending ? (
        <Loading />
      ) : list.items.length === 0 ? (
        <Paragraph role="status">{t('list.empty')}</Paragraph>
      ) : (
        <>
          <Paragraph role="status" className="kring-muted">
            {t('list.shown', { count: list.items.length, n: fmt.number(list.items.length) })}
          </Paragraph>
          <div className="kring-table-scroll" role="region" aria-label={t('themes.title')} tabIndex={0}>
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
          </div>
          {list.hasNextPage ? (
            <div className="kring-actions">
              <Button purpose="secondary" busy={list.isFetchingNextPage} onClick={() => void list.fetchNextPage()}>
                {t('list.more')}
              </Button>
            </div>
          ) : null}
        </>
      )}
    </>
  );
}
