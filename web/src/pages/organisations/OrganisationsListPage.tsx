import { useTranslation } from 'react-i18next';
import { Heading } from '@nl-design-system-candidate/heading-react';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import { Button } from '@nl-design-system-candidate/button-react';
import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { organisationsApi } from '../../api/network.ts';
import { organisationKinds, type Organisation } from '../../api/types.ts';
import { useWorkspace, wsPath } from '../../auth/workspace-context.ts';
import { AppLink, ButtonLink } from '../../components/AppLink.tsx';
import { SortHeader } from '../../components/SortHeader.tsx';
import { SearchFilter } from '../../components/SearchFilter.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { CheckboxField } from '../../components/CheckboxField.tsx';
import { Loading, LoadError } from '../../components/QueryStatus.tsx';
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
  const items = list.items;
  return (
    <>
      <div className="kring-page-title">
        <Heading level={1}>{t('organisations.title')}</Heading>
        {ws.canEdit ? (
          <ButtonLink to={wsPath(ws.id, 'organisations/new')} purpose="primary">
            {t('organisations.new')}
          </ButtonLink>
        ) : null}
      </div>
      <form role="search" aria-label={t('list.filters')} className="kring-filters" onSubmit={(e) => e.preventDefault()}>
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
      </form>
      {list.error ? <LoadError error={list.error} /> : null}
      {list.isPending ? (
        <Loading />
      ) : items.length === 0 ? (
        <Paragraph role="status">{t('list.empty')}</Paragraph>
      ) : (
        <>
          <Paragraph role="status" className="kring-muted">
            {t('list.shown', { count: items.length, n: fmt.number(items.length) })}
          </Paragraph>
          <div className="kring-table-scroll" role="region" aria-label={t('organisations.title')} tabIndex={0}>
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
                {items.map((o) => (
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
