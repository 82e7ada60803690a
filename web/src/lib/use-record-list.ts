import { useInfiniteQuery } from '@tanstack/react-query';
import { nextCursor, type ListQuery } from '../api/records.ts';
import type { Page } from '../api/types.ts';

/** A cursor-paged list: the pages loaded so far, flattened, and a way to load the next one. */
export function useRecordList<T>(
  key: readonly unknown[],
  fetchPage: (query: ListQuery, signal: AbortSignal) => Promise<Page<T>>,
  query: ListQuery,
) {
  const result = useInfiniteQuery({
    queryKey: [...key, query],
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam, signal }) => fetchPage({ ...query, cursor: pageParam }, signal),
    getNextPageParam: (page) => nextCursor(page as Page<unknown>),
  });
  return {
    ...result,
    items: result.data?.pages.flatMap((p) => p.data) ?? [],
  };
}
