import { useTranslation } from 'react-i18next';
import { useQuery } from '@tanstack/react-query';
import { Heading } from '@nl-design-system-candidate/heading-react';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { decisionsApi } from '../../api/method.ts';
import { decisionOutcomes } from '../../api/types.ts';
import { useWorkspace } from '../../auth/workspace-context.ts';
import { FilterBar } from '../../components/FilterBar.tsx';
import { QueryStatus } from '../../components/QueryStatus.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { ThemeLinks } from '../../components/ThemeLinks.tsx';
import { useFormat } from '../../i18n/format.ts';
import { useDocumentTitle } from '../../lib/use-document-title.ts';
import { useSearchParamsState } from '../../lib/use-search-params-state.ts';
import { BodyLink } from './DecisionsPanel.tsx';

/** Every decision of the workspace, newest first: what, by which body, on which theme, with what outcome and amount. */
export function DecisionsListPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('decisions.title'));
  const ws = useWorkspace();
  const fmt = useFormat();
  const [filters, setFilters] = useSearchParamsState(['outcome'] as const);
  const query = { outcome: filters.outcome || undefined, limit: 200 };
  const decisions = useQuery({ queryKey: ['decisions', ws.id, query], queryFn: () => decisionsApi.list(ws.id, query) });
  const euros = new Intl.NumberFormat(fmt.locale, { style: 'currency', currency: 'EUR' });
  return (
    <>
      <Heading level={1}>{t('decisions.title')}</Heading>
      <Paragraph purpose="lead">{t('decisions.intro')}</Paragraph>
      <FilterBar>
        <SelectField
          name="outcome"
          label={t('decisions.outcome')}
          value={filters.outcome}
          emptyLabel={t('list.all')}
          options={decisionOutcomes.map((o) => ({ value: o, label: t(`decisionOutcomes.${o}`) }))}
          onChange={(outcome) => setFilters({ outcome })}
        />
      </FilterBar>
      <QueryStatus query={decisions}>
        {(page) =>
          page.data.length === 0 ? (
            <Paragraph role="status">{t('list.empty')}</Paragraph>
          ) : (
            <div className="kring-table-scroll" role="region" aria-label={t('decisions.title')} tabIndex={0}>
              <Table>
                <TableHeader>
                  <TableRow>
                    <TableHeaderCell scope="col">{t('decisions.date')}</TableHeaderCell>
                    <TableHeaderCell scope="col">{t('fields.title')}</TableHeaderCell>
                    <TableHeaderCell scope="col">{t('themes.one')}</TableHeaderCell>
                    <TableHeaderCell scope="col">{t('decisions.body')}</TableHeaderCell>
                    <TableHeaderCell scope="col">{t('decisions.outcome')}</TableHeaderCell>
                    <TableHeaderCell scope="col">{t('decisions.amount')}</TableHeaderCell>
                  </TableRow>
                </TableHeader>
                <TableBody>
                  {page.data.map((d) => (
                    <TableRow key={d.id}>
                      <TableCell className="kring-nowrap">{fmt.shortDate(d.date)}</TableCell>
                      <TableCell>{d.title}</TableCell>
                      <TableCell>
                        <ThemeLinks workspaceId={ws.id} ids={d.themeId ? [d.themeId] : []} />
                      </TableCell>
                      <TableCell>
                        <BodyLink workspaceId={ws.id} id={d.bodyId} />
                      </TableCell>
                      <TableCell>{t(`decisionOutcomes.${d.outcome}`)}</TableCell>
                      <TableCell className="kring-nowrap">{d.amountCents === null ? '' : euros.format(d.amountCents / 100)}</TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </div>
          )
        }
      </QueryStatus>
    </>
  );
}
