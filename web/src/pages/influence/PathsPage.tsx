import { useTranslation } from 'react-i18next';
import { useQuery } from '@tanstack/react-query';
import { Heading } from '@nl-design-system-candidate/heading-react';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import { analyticsApi } from '../../api/analytics.ts';
import { useWorkspace } from '../../auth/workspace-context.ts';
import { PageSection } from '../../components/PageSection.tsx';
import { PartyCombobox } from '../../components/PartyCombobox.tsx';
import { useDocumentTitle } from '../../lib/use-document-title.ts';
import { useSearchParamsState } from '../../lib/use-search-params-state.ts';
import { AnalysisStamp } from '../analytics/AnalysisStamp.tsx';
import { analyticsRetry } from '../analytics/analytics-query.ts';
import { AnalyticsQueryStatus, refetchWhileStale } from './AnalyticsQueryStatus.tsx';
import { IntroductionsSection, NodeLink } from './IntroductionsSection.tsx';
import { OwnPersonSetting } from './OwnPersonSetting.tsx';
import { PathList } from './PathList.tsx';
import { PathsPicture } from './PathsPicture.tsx';

const PATHS = 5;

/** The best paths from you to one person or organisation, and who can introduce you. */
function PathsTo({ workspaceId, from, to }: { workspaceId: string; from: string; to: string }) {
  const { t } = useTranslation();
  const query = useQuery({
    queryKey: ['analytics', workspaceId, 'paths', from, to, PATHS],
    queryFn: () => analyticsApi.paths(workspaceId, to, PATHS, from),
    ...analyticsRetry,
    ...refetchWhileStale,
  });
  return (
    <AnalyticsQueryStatus query={query}>
      {(answer) => (
        <>
          <Paragraph className="kring-link-line">
            <NodeLink workspaceId={workspaceId} node={answer.to} />
          </Paragraph>
          <AnalysisStamp computedAt={answer.computedAt} stale={answer.stale} />
          <PageSection titleId="paths-title" title={t('influence.pathsList')}>
            <PathList workspaceId={workspaceId} answer={answer} />
          </PageSection>
          {answer.from.id !== answer.to.id ? <IntroductionsSection workspaceId={workspaceId} to={to} /> : null}
          {answer.paths.length > 0 ? (
            <PageSection titleId="paths-picture-title" title={t('influence.picture')}>
              <PathsPicture answer={answer} />
            </PageSection>
          ) : null}
        </>
      )}
    </AnalyticsQueryStatus>
  );
}

/** "How do I reach …?": choose a target, then the best paths as a list, who can introduce you, and a picture. */
export function PathsPage() {
  const { t } = useTranslation();
  const ws = useWorkspace();
  const [params, setParams] = useSearchParamsState(['to']);
  const target = useQuery({
    queryKey: ['analytics', ws.id, 'node-name', params.to],
    queryFn: () => analyticsApi.position(ws.id, params.to),
    enabled: !!params.to,
    ...analyticsRetry,
  });
  const targetName = target.data?.node.name;
  const title = targetName ? t('influence.pathsTitleTo', { name: targetName }) : t('influence.pathsTitle');
  useDocumentTitle(title);
  return (
    <>
      <Heading level={1}>{title}</Heading>
      <Paragraph purpose="lead">{t('influence.pathsIntro')}</Paragraph>
      <OwnPersonSetting>
        {(personId) => (
          <>
            <PartyCombobox
              id="paths-target"
              workspaceId={ws.id}
              types={['person', 'organisation']}
              label={t('influence.target')}
              description={t('influence.targetHint')}
              text={targetName}
              onSelect={(hit) => setParams({ to: hit.id })}
            />
            {params.to ? (
              <PathsTo workspaceId={ws.id} from={personId} to={params.to} />
            ) : (
              <Paragraph>{t('influence.chooseTarget')}</Paragraph>
            )}
          </>
        )}
      </OwnPersonSetting>
    </>
  );
}
