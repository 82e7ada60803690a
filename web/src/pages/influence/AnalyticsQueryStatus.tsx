import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadError, Loading } from '../../components/QueryStatus.tsx';

/** Like QueryStatus, but says so while the first analysis of the network is still being computed (503, retried). */
export function AnalyticsQueryStatus<T>({
  query,
  children,
}: {
  query: { isPending: boolean; error: unknown; data: T | undefined; failureCount: number };
  children: (data: T) => ReactNode;
}) {
  const { t } = useTranslation();
  if (query.error) return <LoadError error={query.error} />;
  if (query.isPending || query.data === undefined) return <Loading label={query.failureCount > 0 ? t('influence.pending') : undefined} />;
  return <>{children(query.data)}</>;
}

/**
 * While an answer says the network has changed since it was computed, ask again every few
 * seconds, so the view catches up with the new analysis without a reload.
 */
export const refetchWhileStale = {
  refetchInterval: (query: { state: { data?: { stale: boolean } } }) => (query.state.data?.stale ? 4000 : false),
};
