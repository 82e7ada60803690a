import { useQuery } from '@tanstack/react-query';
import { analyticsApi } from '../api/analytics.ts';
import { nextCursor } from '../api/records.ts';
import { analyticsRetry } from '../pages/analytics/analytics-query.ts';
import type { NodeMetrics } from './metric-encoding.ts';

const PAGE = 200;

/**
 * Reads the metrics of the nodes in the picture, page by page (200 at a time), and stops
 * as soon as every node shown has been found, so a small neighbourhood of a large network
 * does not read the whole list unless its nodes rank low.
 */
export async function metricsForNodes(workspaceId: string, ids: readonly string[]): Promise<Map<string, NodeMetrics>> {
  const wanted = new Set(ids);
  const found = new Map<string, NodeMetrics>();
  let cursor: string | undefined;
  do {
    const page = await analyticsApi.metrics(workspaceId, { limit: PAGE, cursor });
    for (const record of page.data) if (wanted.has(record.id)) found.set(record.id, record);
    cursor = nextCursor(page);
  } while (cursor && found.size < wanted.size);
  return found;
}

/** The metrics of the shown nodes, read only when the picture is sized or coloured by them. */
export function useNodeMetrics(workspaceId: string, graphKey: unknown, ids: readonly string[] | undefined, enabled: boolean) {
  return useQuery({
    queryKey: ['analytics', workspaceId, 'metrics-of-picture', graphKey, ids?.length ?? 0],
    queryFn: () => metricsForNodes(workspaceId, ids ?? []),
    enabled: enabled && !!ids,
    staleTime: 60_000,
    ...analyticsRetry,
  });
}
