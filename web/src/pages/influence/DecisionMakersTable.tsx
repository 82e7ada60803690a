import { useTranslation } from 'react-i18next';
import { useQueries } from '@tanstack/react-query';
import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { analyticsApi } from '../../api/analytics.ts';
import type { Paths } from '../../api/types.ts';
import { wsPath } from '../../auth/workspace-context.ts';
import { AppLink } from '../../components/AppLink.tsx';
import { useFormat } from '../../i18n/format.ts';
import { analyticsRetry } from '../analytics/analytics-query.ts';
import { refetchWhileStale } from './AnalyticsQueryStatus.tsx';
import { intermediaries } from './hop-words.ts';
import { NodeLink } from './IntroductionsSection.tsx';
import { NOT_REACHED, type RingMember } from './ring-layout.ts';

/** "via Bram and Carla", "directly" or "no way", from the best path. */
function usePathSummary() {
  const { t } = useTranslation();
  const fmt = useFormat();
  return (answer: Paths | undefined) => {
    if (!answer) return t('circle.pathLoading');
    const best = answer.paths[0];
    if (!best) return t('circle.noPath');
    const between = intermediaries(best);
    return between.length === 0 ? t('circle.viaDirect') : t('circle.via', { names: fmt.list(between.map((n) => n.name)) });
  };
}

/** The decision-makers by ring, each with the best path to them summarised: the picture's equivalent. */
export function DecisionMakersTable({ workspaceId, from, members }: { workspaceId: string; from: string; members: RingMember[] }) {
  const { t } = useTranslation();
  const summary = usePathSummary();
  const paths = useQueries({
    queries: members.map((m) => ({
      queryKey: ['analytics', workspaceId, 'paths', from, m.node.id, 1],
      queryFn: () => analyticsApi.paths(workspaceId, m.node.id, 1, from),
      ...analyticsRetry,
      ...refetchWhileStale,
    })),
  });
  return (
    <Table>
      <TableHeader>
        <TableRow>
          <TableHeaderCell scope="col">{t('circle.name')}</TableHeaderCell>
          <TableHeaderCell scope="col">{t('circle.ring')}</TableHeaderCell>
          <TableHeaderCell scope="col">{t('circle.bestPath')}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {members.map((m, i) => (
          <TableRow key={m.node.id}>
            <TableHeaderCell scope="row">
              <NodeLink workspaceId={workspaceId} node={m.node} />
            </TableHeaderCell>
            <TableCell>{m.ring === NOT_REACHED ? t('circle.notReached') : t('circle.ringN', { count: m.ring })}</TableCell>
            <TableCell>
              {paths[i]?.error ? t('circle.noPath') : summary(paths[i]?.data)}{' '}
              <AppLink to={`${wsPath(workspaceId, 'paths')}?to=${m.node.id}`}>
                {t('circle.pathsLink')}
                <span className="kring-visually-hidden"> ({m.node.name})</span>
              </AppLink>
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
