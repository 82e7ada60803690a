import { useTranslation } from 'react-i18next';
import { useQuery } from '@tanstack/react-query';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { analyticsApi } from '../../api/analytics.ts';
import type { NodeRef } from './hop-words.ts';
import { wsPath } from '../../auth/workspace-context.ts';
import { AppLink } from '../../components/AppLink.tsx';
import { PageSection } from '../../components/PageSection.tsx';
import { AnalyticsQueryStatus, refetchWhileStale } from './AnalyticsQueryStatus.tsx';
import { analyticsRetry } from '../analytics/analytics-query.ts';
import { useTieWords } from './use-tie-words.ts';

/** A link to a person's or organisation's page. */
export function NodeLink({ workspaceId, node }: { workspaceId: string; node: NodeRef }) {
  return <AppLink to={wsPath(workspaceId, `${node.kind === 'person' ? 'people' : 'organisations'}/${node.id}`)}>{node.name}</AppLink>;
}

/** "Who can introduce me": people tied to both ends, or else pairs who together close the gap. */
export function IntroductionsSection({ workspaceId, to }: { workspaceId: string; to: string }) {
  const { t } = useTranslation();
  const words = useTieWords(workspaceId);
  const query = useQuery({
    queryKey: ['analytics', workspaceId, 'introductions', to],
    queryFn: () => analyticsApi.introductions(workspaceId, to),
    ...analyticsRetry,
    ...refetchWhileStale,
  });
  return (
    <PageSection titleId="introductions-title" title={t('influence.introductions')}>
      <AnalyticsQueryStatus query={query}>
        {(answer) => {
          const name = answer.to.name;
          return (
            <>
              {answer.direct ? <Paragraph>{t('influence.direct', { name, tie: words.tie(answer.direct) })}</Paragraph> : null}
              {answer.shared.length > 0 ? (
                <>
                  <Paragraph>{t('influence.sharedIntro', { name })}</Paragraph>
                  <Table>
                    <TableHeader>
                      <TableRow>
                        <TableHeaderCell scope="col">{t('influence.introducer')}</TableHeaderCell>
                        <TableHeaderCell scope="col">{t('influence.tieToYou')}</TableHeaderCell>
                        <TableHeaderCell scope="col">{t('influence.tieToThem', { name })}</TableHeaderCell>
                      </TableRow>
                    </TableHeader>
                    <TableBody>
                      {answer.shared.map((s) => (
                        <TableRow key={s.introducer.id}>
                          <TableHeaderCell scope="row">
                            <NodeLink workspaceId={workspaceId} node={s.introducer} />
                          </TableHeaderCell>
                          <TableCell>{words.tie(s.toSource)}</TableCell>
                          <TableCell>{words.tie(s.toTarget)}</TableCell>
                        </TableRow>
                      ))}
                    </TableBody>
                  </Table>
                </>
              ) : null}
              {answer.secondDegree.length > 0 ? (
                <>
                  <Paragraph>{t('influence.secondDegreeIntro', { name })}</Paragraph>
                  <Table>
                    <TableHeader>
                      <TableRow>
                        <TableHeaderCell scope="col">{t('influence.first')}</TableHeaderCell>
                        <TableHeaderCell scope="col">{t('influence.second', { name })}</TableHeaderCell>
                      </TableRow>
                    </TableHeader>
                    <TableBody>
                      {answer.secondDegree.map((pair) => (
                        <TableRow key={`${pair.first.id}>${pair.second.id}`}>
                          <TableCell>
                            <NodeLink workspaceId={workspaceId} node={pair.first} /> {pair.ties[0] ? ` (${words.tie(pair.ties[0])})` : null}
                          </TableCell>
                          <TableCell>
                            <NodeLink workspaceId={workspaceId} node={pair.second} />{' '}
                            {pair.ties[2] ? ` (${words.tie(pair.ties[2])})` : null}
                          </TableCell>
                        </TableRow>
                      ))}
                    </TableBody>
                  </Table>
                </>
              ) : null}
              {!answer.direct && answer.shared.length === 0 && answer.secondDegree.length === 0 ? (
                <Paragraph>{t('influence.noIntroductions')}</Paragraph>
              ) : null}
            </>
          );
        }}
      </AnalyticsQueryStatus>
    </PageSection>
  );
}
