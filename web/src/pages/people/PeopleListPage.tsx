import { useTranslation } from 'react-i18next';
import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { peopleApi } from '../../api/network.ts';
import type { Person } from '../../api/types.ts';
import { useWorkspace, wsPath } from '../../auth/workspace-context.ts';
import { AppLink, ButtonLink } from '../../components/AppLink.tsx';
import { SortHeader } from '../../components/SortHeader.tsx';
import { SearchFilter } from '../../components/SearchFilter.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { TextField } from '../../components/TextField.tsx';
import { ListHeader } from '../../components/ListHeader.tsx';
import { FilterBar } from '../../components/FilterBar.tsx';
import { ListResults } from '../../components/ListResults.tsx';
import { TagList } from '../../components/TagList.tsx';
import { useDocumentTitle } from '../../lib/use-document-title.ts';
import { useRecordList } from '../../lib/use-record-list.ts';
import { useSearchParamsState } from '../../lib/use-search-params-state.ts';
import { useOrganisationOptions } from '../../lib/use-organisation-options.ts';
import { useFormat } from '../../i18n/format.ts';

/** The people of the workspace: search, filter by organisation, tag or whether they were informed (AVG), sort by column. */
export function PeopleListPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('people.title'));
  const ws = useWorkspace();
  const fmt = useFormat();
  const [filters, setFilters] = useSearchParamsState(['q', 'organisationId', 'tag', 'informed', 'sort'] as const, { sort: 'name' });
  const { options } = useOrganisationOptions(ws.id);
  const list = useRecordList<Person>(['people', ws.id], (query, signal) => peopleApi.list(ws.id, query, signal), {
    q: filters.q,
    organisationId: filters.organisationId,
    tag: filters.tag,
    informed: filters.informed,
    sort: filters.sort,
    limit: 50,
  });
  return (
    <>
      <ListHeader title={t('people.title')} newLabel={t('people.new')} newTo={wsPath(ws.id, 'people/new')} canEdit={ws.canEdit}>
        <ButtonLink to={wsPath(ws.id, 'people/import')}>{t('imports.action')}</ButtonLink>
      </ListHeader>
      <FilterBar>
        <SearchFilter label={t('list.search')} value={filters.q} onChange={(q) => setFilters({ q })} />
        <SelectField
          name="organisationId"
          label={t('people.filterOrganisation')}
          value={filters.organisationId}
          options={options}
          emptyLabel={t('list.all')}
          onChange={(organisationId) => setFilters({ organisationId })}
        />
        <TextField name="tag" label={t('people.filterTag')} value={filters.tag} onChange={(tag) => setFilters({ tag })} />
        <SelectField
          name="informed"
          label={t('people.filterInformed')}
          value={filters.informed}
          options={[
            { value: 'false', label: t('people.notInformed') },
            { value: 'true', label: t('people.informedYes') },
          ]}
          emptyLabel={t('list.all')}
          onChange={(informed) => setFilters({ informed })}
        />
      </FilterBar>
      <ListResults list={list} label={t('people.title')}>
        <Table>
          <TableHeader>
            <TableRow>
              <SortHeader label={t('fields.name')} field="name" sort={filters.sort} onSort={(sort) => setFilters({ sort })} />
              <TableHeaderCell scope="col">{t('fields.jobTitle')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('people.organisations')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('fields.tags')}</TableHeaderCell>
              <SortHeader label={t('fields.updatedAt')} field="updatedAt" sort={filters.sort} onSort={(sort) => setFilters({ sort })} />
            </TableRow>
          </TableHeader>
          <TableBody>
            {list.items.map((p) => (
              <TableRow key={p.id}>
                <TableCell>
                  <AppLink to={wsPath(ws.id, `people/${p.id}`)}>{p.name}</AppLink>
                </TableCell>
                <TableCell>{p.jobTitle}</TableCell>
                <TableCell>{fmt.list(p.affiliations.map((a) => a.organisationName ?? '').filter(Boolean))}</TableCell>
                <TableCell>
                  <TagList tags={p.tags} />
                </TableCell>
                <TableCell className="kring-nowrap">{fmt.shortDate(p.updatedAt)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </ListResults>
    </>
  );
}
