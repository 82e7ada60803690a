import { useTranslation } from 'react-i18next';
import { useQuery } from '@tanstack/react-query';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import { analyticsApi } from '../../api/analytics.ts';
import type { Projection } from '../../api/types.ts';
import { useWorkspace } from '../../auth/workspace-context.ts';
import { PageSection } from '../../components/PageSection.tsx';
import { QueryStatus } from '../../components/QueryStatus.tsx';
import { analyticsRetry, formatMetric } from './analytics-query.ts';

/** The communities Louvain finds, each named after its dominant organisation, largest first. */
export function CommunitiesSection({ projection }: { projection: Projection }) {
  const { t, i18n } = useTranslation();
  const ws = useWorkspace();
  const communities = useQuery({
    queryKey: ['analytics', ws.id, 'communities', projection],
    queryFn: () => analyticsApi.communities(ws.id, projection),
    ...analyticsRetry,
  });
  return (
    <PageSection titleId="communities-title" title={t('analytics.communities')}>
      <QueryStatus query={communities}>
        {(result) => (
          <>
            <Paragraph>
              {t('analytics.communitiesIntro', {
                count: result.data.length,
                modularity: formatMetric(result.modularity, i18n.language),
              })}
            </Paragraph>
            <ol className="kring-community-list">
              {result.data.map((community) => (
                <li key={community.id}>
                  {community.label ?? t('analytics.communityNumber', { number: community.id + 1 })}{' '}
                  <span className="kring-muted">({t('analytics.members', { count: community.size })})</span>
                </li>
              ))}
            </ol>
          </>
        )}
      </QueryStatus>
    </PageSection>
  );
}
