import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import { Button } from '@nl-design-system-candidate/button-react';
import { useFormat } from '../i18n/format.ts';
import { Loading, LoadError } from './QueryStatus.tsx';

interface ListResultsProps {
  /** A paged list as `useRecordList` returns it. */
  list: {
    error: unknown;
    isPending: boolean;
    items: readonly unknown[];
    hasNextPage: boolean;
    isFetchingNextPage: boolean;
    fetchNextPage: () => Promise<unknown>;
  };
  /** Accessible name of the scrollable region around the table. */
  label: string;
  /** The table of the loaded items. */
  children: ReactNode;
}

/**
 * Everything a list page shows around its table: loading, a load error, "nothing found",
 * how many are shown (announced as a status, so filtering is heard) and "load more".
 */
export function ListResults({ list, label, children }: ListResultsProps) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const count = list.items.length;
  return (
    <>
      {list.error ? <LoadError error={list.error} /> : null}
      {list.isPending ? (
        <Loading />
      ) : count === 0 ? (
        // A list that could not be read is not an empty one: the error above says all there is to say.
        list.error ? null : (
          <Paragraph role="status">{t('list.empty')}</Paragraph>
        )
      ) : (
        <>
          <Paragraph role="status" className="kring-muted">
            {t('list.shown', { count, n: fmt.number(count) })}
          </Paragraph>
          <div className="kring-table-scroll" role="region" aria-label={label} tabIndex={0}>
            {children}
          </div>
          {list.hasNextPage ? (
            <div className="kring-actions">
              <Button purpose="secondary" busy={list.isFetchingNextPage} onClick={() => void list.fetchNextPage()}>
                {t('list.more')}
              </Button>
            </div>
          ) : null}
        </>
      )}
    </>
  );
}
