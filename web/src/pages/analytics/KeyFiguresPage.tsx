import { useTranslation } from 'react-i18next';
import { useQuery } from '@tanstack/react-query';
import { Heading } from '@nl-design-system-candidate/heading-react';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { analyticsApi } from '../../api/analytics.ts';
import { nextCursor } from '../../api/records.ts';
import { metricNames, type MetricName, type MetricsPage, type Projection } from '../../api/types.ts';
import { useWorkspace, wsPath } from '../../auth/workspace-context.ts';
import { AppLink } from '../../components/AppLink.tsx';
import { QueryStatus } from '../../components/QueryStatus.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { SortHeader } from '../../components/SortHeader.tsx';
import { useDocumentTitle } from '../../lib/use-document-title.ts';
import { useSearchParamsState } from '../../lib/use-search-params-state.ts';
import { AnalysisStamp } from './AnalysisStamp.tsx';
import { analyticsRetry, formatMetric } from './analytics-query.ts';
import { CommunitiesSection } from './CommunitiesSection.tsx';

/** The metrics the table shows, in reading order; in- and out-degree stay in the node's own page. */
const columns: MetricName[] = metricNames.filter((name) => name !== 'inDegree' && name !== 'outDegree');
const projections: Projection[] = ['people-and-organisations', 'people', 'organisations'];

function MetricsTable({ page, sort, onSort }: { page: MetricsPage; sort: string; onSort: (sort: string) => void }) {
  const { t, i18n } = useTranslation();
  const ws = useWorkspace();
  return (
    <div className="kring-table-scroll" role="region" aria-labelledby="key-figures-title" tabIndex={0}>
      <Table>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{t('analytics.name')}</TableHeaderCell>
            {columns.map((name) => (
              <SortHeader key={name} label={t(`metrics.${name}`)} field={name} sort={sort} onSort={onSort} descendingFirst />
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>
          {page.data.map((node) => (
            <TableRow key={node.id}>
              <TableHeaderCell scope="row">
                <AppLink to={wsPath(ws.id, `${node.kind === 'person' ? 'people' : 'organisations'}/${node.id}`)}>{node.name}</AppLink>
                {node.isArticulationPoint ? <span className="kring-badge"> {t('analytics.cutPoint')}</span> : null}
              </TableHeaderCell>
              {columns.map((name) => (
                <TableCell key={name} className="kring-number">
                  {formatMetric(node[name], i18n.language)}
                </TableCell>
              ))}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}

/** Key figures: every metric of every person and organisation in one sortable table, with the communities below. */
export function KeyFiguresPage() {
  const { t } = useTranslation();
  const ws = useWorkspace();
  useDocumentTitle(t('analytics.keyFigures'));
  const [state, setState] = useSearchParamsState(['sort', 'kind', 'projection', 'cursor'] as const, {
    sort: '-pageRank',
    projection: 'people-and-organisations',
  });
  const projection = state.projection as Projection;
  const metrics = useQuery({
    queryKey: ['analytics', ws.id, 'metrics', state],
    queryFn: () =>
      analyticsApi.metrics(ws.id, {
        projection,
        sort: state.sort,
        kind: (state.kind || undefined) as 'person' | 'organisation' | undefined,
        cursor: state.cursor || undefined,
        limit: 50,
      }),
    ...analyticsRetry,
  });
  return (
    <>
      <Heading level={1} id="key-figures-title">
        {t('analytics.keyFigures')}
      </Heading>
      <Paragraph>{t('analytics.keyFiguresIntro')}</Paragraph>
      <div className="kring-filters">
        <SelectField
          name="projection"
          label={t('analytics.projection')}
          value={projection}
          options={projections.map((value) => ({ value, label: t(`analytics.projections.${value}`) }))}
          onChange={(value) => setState({ projection: value, cursor: '' })}
        />
        <SelectField
          name="kind"
          label={t('analytics.kind')}
          value={state.kind}
          emptyLabel={t('analytics.allKinds')}
          options={[
            { value: 'person', label: t('searchTypes.person') },
            { value: 'organisation', label: t('searchTypes.organisation') },
          ]}
          onChange={(value) => setState({ kind: value, cursor: '' })}
        />
      </div>
      <QueryStatus query={metrics}>
        {(page) => (
          <>
            <AnalysisStamp computedAt={page.computedAt} stale={page.stale} />
            <Paragraph>
              {t('analytics.summary', {
                nodes: page.nodeCount,
                ties: page.tieCount,
                components: page.summary.components,
                largest: page.summary.largestComponent,
              })}
              {page.accuracy.betweenness.method === 'sampled'
                ? ` ${t('analytics.sampled', { samples: page.accuracy.betweenness.samples, error: formatMetric(page.accuracy.betweenness.errorBound, 'en') })}`
                : ''}
            </Paragraph>
            <MetricsTable page={page} sort={state.sort} onSort={(sort) => setState({ sort, cursor: '' })} />
            <nav className="kring-pagination" aria-label={t('analytics.pages')}>
              {state.cursor ? (
                <button type="button" className="nl-button nl-button--secondary" onClick={() => setState({ cursor: '' })}>
                  {t('analytics.firstPage')}
                </button>
              ) : null}
              {nextCursor(page) ? (
                <button
                  type="button"
                  className="nl-button nl-button--secondary"
                  onClick={() => setState({ cursor: nextCursor(page) ?? '' })}
                >
                  {t('analytics.nextPage')}
                </button>
              ) : null}
            </nav>
          </>
        )}
      </QueryStatus>
      <CommunitiesSection projection={projection} />
    </>
  );
}
