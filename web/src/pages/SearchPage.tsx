import { useTranslation } from 'react-i18next';
import { useQuery } from '@tanstack/react-query';
import { Heading } from '@nl-design-system-candidate/heading-react';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import { searchApi } from '../api/network.ts';
import type { SearchType } from '../api/types.ts';
import { useWorkspace } from '../auth/workspace-context.ts';
import { AppLink } from '../components/AppLink.tsx';
import { SearchFilter } from '../components/SearchFilter.tsx';
import { SelectField } from '../components/SelectField.tsx';
import { Loading, LoadError } from '../components/QueryStatus.tsx';
import { recordPath } from '../lib/record-path.ts';
import { useDocumentTitle } from '../lib/use-document-title.ts';
import { useSearchParamsState } from '../lib/use-search-params-state.ts';

/** Full search results across people, organisations and themes, updated as you type. */
export function SearchPage() {
  const { t } = useTranslation();
  const ws = useWorkspace();
  const [params, setParams] = useSearchParamsState(['q', 'type'] as const);
  useDocumentTitle(params.q ? t('search.titleFor', { q: params.q }) : t('search.title'));
  const types = params.type ? [params.type as SearchType] : undefined;
  const results = useQuery({
    queryKey: ['search', ws.id, params.q, params.type],
    queryFn: ({ signal }) => searchApi.search(ws.id, params.q, types, 50, signal),
    enabled: params.q.trim().length > 0,
  });
  return (
    <>
      <Heading level={1}>{t('search.title')}</Heading>
      <form role="search" aria-label={t('search.title')} className="kring-filters" onSubmit={(e) => e.preventDefault()}>
        <SearchFilter key={params.q === '' ? 'empty' : 'q'} label={t('search.label')} value={params.q} onChange={(q) => setParams({ q })} />
        <SelectField
          name="type"
          label={t('search.type')}
          value={params.type}
          emptyLabel={t('list.all')}
          options={(['person', 'organisation', 'theme'] as const).map((v) => ({ value: v, label: t(`searchTypes.${v}`) }))}
          onChange={(type) => setParams({ type })}
        />
      </form>
      {!params.q ? (
        <Paragraph>{t('search.hint')}</Paragraph>
      ) : results.error ? (
        <LoadError error={results.error} />
      ) : results.isPending ? (
        <Loading />
      ) : (
        <>
          <Paragraph role="status">{t('search.count', { count: results.data.length })}</Paragraph>
          <ol className="kring-results">
            {results.data.map((hit) => (
              <li key={`${hit.type}-${hit.id}`}>
                <AppLink to={recordPath(ws.id, hit.type, hit.id)}>{hit.title}</AppLink>
                <span className="kring-muted">
                  {' '}
                  · {t(`searchTypes.${hit.type}`)}
                  {hit.subtitle ? ` · ${hit.subtitle}` : ''}
                </span>
              </li>
            ))}
          </ol>
        </>
      )}
    </>
  );
}
