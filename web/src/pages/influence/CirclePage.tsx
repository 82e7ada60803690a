import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useQuery } from '@tanstack/react-query';
import { Heading } from '@nl-design-system-candidate/heading-react';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import { analyticsApi } from '../../api/analytics.ts';
import { engagementPlansApi } from '../../api/method.ts';
import { themesApi } from '../../api/network.ts';
import type { Reach } from '../../api/types.ts';
import { useWorkspace, wsPath } from '../../auth/workspace-context.ts';
import { AppLink } from '../../components/AppLink.tsx';
import { PageSection } from '../../components/PageSection.tsx';
import { QueryStatus } from '../../components/QueryStatus.tsx';
import { useFormat } from '../../i18n/format.ts';
import { useDocumentTitle } from '../../lib/use-document-title.ts';
import { AnalysisStamp } from '../analytics/AnalysisStamp.tsx';
import { analyticsRetry } from '../analytics/analytics-query.ts';
import { AnalyticsQueryStatus, refetchWhileStale } from './AnalyticsQueryStatus.tsx';
import { CirclePicture } from './CirclePicture.tsx';
import { DecisionMakersTable } from './DecisionMakersTable.tsx';
import { OwnPersonSetting } from './OwnPersonSetting.tsx';
import { percent, ringMembers } from './ring-layout.ts';
import { proposeInvitees, REACH_STEPS } from './session-plan.ts';
import { SessionPlanner } from './SessionPlanner.tsx';

type ThemeReach = NonNullable<Reach['theme']>;

/** The share of decision-makers within two steps, as a sentence and a meter. */
function ShareOfDecisionMakers({ theme }: { theme: ThemeReach }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  if (theme.decisionMakers === 0 || theme.share === null) return <Paragraph>{t('circle.shareNone')}</Paragraph>;
  const reached = theme.reached.filter((r) => r.steps <= REACH_STEPS).length;
  return (
    <Paragraph>
      {t('circle.share', { reached, total: theme.decisionMakers, percent: percent(theme.share, fmt.locale) })}{' '}
      <meter min={0} max={1} value={theme.share} aria-label={t('circle.shareMeter')} className="kring-circle-meter" />
    </Paragraph>
  );
}

/** The circle for one theme, from your own person; the plan for a session once the plans are read. */
function Circle({ themeId, themeTitle, from }: { themeId: string; themeTitle: string; from: string }) {
  const { t } = useTranslation();
  const ws = useWorkspace();
  const reach = useQuery({
    queryKey: ['analytics', ws.id, 'reach', from, themeId],
    queryFn: () => analyticsApi.reach(ws.id, themeId),
    ...analyticsRetry,
    ...refetchWhileStale,
  });
  const plans = useQuery({
    queryKey: ['engagement-plans', ws.id, { themeId, limit: 200 }],
    queryFn: () => engagementPlansApi.list(ws.id, { themeId, limit: 200 }),
  });
  return (
    <AnalyticsQueryStatus query={reach}>
      {(answer) => {
        if (!answer.theme) return null;
        const members = ringMembers(answer.theme.reached, answer.theme.missed);
        return (
          <>
            <AnalysisStamp computedAt={answer.computedAt} stale={answer.stale} />
            <ShareOfDecisionMakers theme={answer.theme} />
            {members.length > 0 ? (
              <>
                <PageSection titleId="circle-table-title" title={t('circle.decisionMakers')}>
                  <DecisionMakersTable workspaceId={ws.id} from={from} members={members} />
                </PageSection>
                <PageSection titleId="circle-picture-title" title={t('circle.picture')}>
                  <CirclePicture members={members} />
                </PageSection>
              </>
            ) : null}
            <PageSection titleId="circle-plan-title" title={t('circle.plan')}>
              <Paragraph>{t('circle.planIntro')}</Paragraph>
              <QueryStatus query={plans}>
                {(page) => <SessionPlanner themeId={themeId} themeTitle={themeTitle} proposed={proposeInvitees(members, page.data)} />}
              </QueryStatus>
            </PageSection>
          </>
        );
      }}
    </AnalyticsQueryStatus>
  );
}

/** The circle of influence per theme: you at the centre, decision-makers in rings by distance, and a session to plan. */
export function CirclePage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const ws = useWorkspace();
  const theme = useQuery({ queryKey: ['theme', ws.id, id], queryFn: () => themesApi.get(ws.id, id) });
  const title = t('circle.title', { theme: theme.data?.data.title ?? '' });
  useDocumentTitle(title);
  return (
    <>
      <Heading level={1}>{title}</Heading>
      <Paragraph purpose="lead">{t('circle.intro')}</Paragraph>
      <Paragraph>
        <AppLink to={wsPath(ws.id, `themes/${id}`)}>{t('circle.backToTheme')}</AppLink>
      </Paragraph>
      <QueryStatus query={theme}>
        {({ data: th }) => (
          <OwnPersonSetting>{(personId) => <Circle themeId={th.id} themeTitle={th.title} from={personId} />}</OwnPersonSetting>
        )}
      </QueryStatus>
    </>
  );
}
