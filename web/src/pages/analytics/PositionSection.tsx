import { useTranslation } from 'react-i18next';
import { useQuery } from '@tanstack/react-query';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { analyticsApi } from '../../api/analytics.ts';
import { metricNames } from '../../api/types.ts';
import { useWorkspace } from '../../auth/workspace-context.ts';
import { PageSection } from '../../components/PageSection.tsx';
import { QueryStatus } from '../../components/QueryStatus.tsx';
import { AnalysisStamp } from './AnalysisStamp.tsx';
import { analyticsRetry, formatMetric } from './analytics-query.ts';

/** A person's or organisation's position: every metric with its rank, their brokerage and their community. */
export function PositionSection({ nodeId, name }: { nodeId: string; name: string }) {
  const { t, i18n } = useTranslation();
  const ws = useWorkspace();
  const position = useQuery({
    queryKey: ['analytics', ws.id, 'position', nodeId],
    queryFn: () => analyticsApi.position(ws.id, nodeId),
    ...analyticsRetry,
  });
  const number = (value: number | null) => formatMetric(value, i18n.language);
  return (
    <PageSection titleId="position-title" title={t('analytics.position')}>
      <QueryStatus query={position}>
        {(p) => (
          <>
            <Paragraph>{t('analytics.positionIntro', { name, count: p.nodeCount - 1 })}</Paragraph>
            <AnalysisStamp computedAt={p.computedAt} stale={p.stale} />
            <Paragraph>
              <strong>{t('analytics.brokerage')}:</strong>{' '}
              {t('analytics.brokerageText', {
                constraint: number(p.brokerage.constraint),
                effectiveSize: number(p.brokerage.effectiveSize),
              })}{' '}
              {p.brokerage.isArticulationPoint && p.brokerage.cutOff
                ? t('analytics.cutOffText', { name, count: p.brokerage.cutOff })
                : t('analytics.notCutPoint', { name })}
            </Paragraph>
            <Paragraph>
              {p.community
                ? t('analytics.community', {
                    label: p.community.label ?? t('analytics.communityNumber', { number: p.community.id + 1 }),
                    size: p.community.size,
                  })
                : t('analytics.noCommunity')}
            </Paragraph>
            <div className="kring-table-scroll" role="region" aria-labelledby="position-title" tabIndex={0}>
              <Table>
                <TableHeader>
                  <TableRow>
                    <TableHeaderCell scope="col">{t('analytics.metric')}</TableHeaderCell>
                    <TableHeaderCell scope="col">{t('analytics.value')}</TableHeaderCell>
                    <TableHeaderCell scope="col">{t('analytics.rank')}</TableHeaderCell>
                  </TableRow>
                </TableHeader>
                <TableBody>
                  {metricNames.map((metric) => (
                    <TableRow key={metric}>
                      <TableHeaderCell scope="row">{t(`metrics.${metric}`)}</TableHeaderCell>
                      <TableCell className="kring-number">{number(p.node[metric])}</TableCell>
                      <TableCell className="kring-number">
                        {t('analytics.rankOf', { rank: p.node.ranks[metric], count: p.nodeCount })}
                      </TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </div>
          </>
        )}
      </QueryStatus>
    </PageSection>
  );
}
