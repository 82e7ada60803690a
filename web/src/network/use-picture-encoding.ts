import { useTranslation } from 'react-i18next';
import { useQuery } from '@tanstack/react-query';
import { analyticsApi } from '../api/analytics.ts';
import { useFormat } from '../i18n/format.ts';
import { analyticsRetry, formatMetric } from '../pages/analytics/analytics-query.ts';
import { isMetricName, type ColourEncoding, type NodeMetrics, type SizeBy } from './metric-encoding.ts';
import { useNodeMetrics } from './use-node-metrics.ts';

/** A column the list adds so it carries what size and colour show in the picture. */
export interface EncodingColumn {
  key: string;
  label: string;
  value: (nodeId: string) => string;
}

/** Reads "size by" and "colour by" from the address bar values. */
export function encodingFrom(params: { size: string; colour: string }): { size: SizeBy; colour: ColourEncoding | null } {
  return {
    size: isMetricName(params.size) ? params.size : 'degree',
    colour: params.colour === 'community' ? 'community' : isMetricName(params.colour) ? params.colour : null,
  };
}

/**
 * The picture's encoding by metric or community: the metrics of the shown nodes (read only
 * when needed) and the list columns that say the same in words and numbers.
 */
export function usePictureEncoding(
  workspaceId: string,
  graphKey: unknown,
  ids: string[] | undefined,
  params: { size: string; colour: string },
) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const encoding = encodingFrom(params);
  const needed = encoding.size !== 'degree' || encoding.colour !== null;
  const metrics = useNodeMetrics(workspaceId, graphKey, ids, needed);
  const communities = useQuery({
    queryKey: ['analytics', workspaceId, 'communities'],
    queryFn: () => analyticsApi.communities(workspaceId),
    enabled: encoding.colour === 'community',
    staleTime: 60_000,
    ...analyticsRetry,
  });
  const of = (id: string): NodeMetrics | undefined => metrics.data?.get(id);
  // Communities are named after their dominant organisation, as on the key figures page; else numbered from 1.
  const communityLabel = (c: number | null | undefined) => {
    if (c === null || c === undefined) return t('networkEncoding.noCommunity');
    return communities.data?.data.find((x) => x.id === c)?.label ?? t('networkEncoding.communityN', { n: c + 1 });
  };
  const columns: EncodingColumn[] = [];
  if (encoding.colour === 'community') {
    columns.push({
      key: 'community',
      label: t('networkEncoding.community'),
      value: (id) => communityLabel(of(id)?.community),
    });
  }
  for (const metric of new Set([encoding.colour, encoding.size])) {
    if (!metric || metric === 'community' || metric === 'degree') continue;
    columns.push({ key: metric, label: t(`metrics.${metric}`), value: (id) => formatMetric(of(id)?.[metric] ?? null, fmt.locale) });
  }
  return { encoding, metrics: needed ? metrics.data : undefined, metricsQuery: metrics, needed, columns, communityLabel };
}
