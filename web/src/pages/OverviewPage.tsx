import { useTranslation } from 'react-i18next';
import { useQuery } from '@tanstack/react-query';
import { Heading } from '@nl-design-system-candidate/heading-react';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import { peopleApi, themesApi } from '../api/network.ts';
import { useWorkspace, wsPath } from '../auth/workspace-context.ts';
import { AppLink, ButtonLink } from '../components/AppLink.tsx';
import { QueryStatus } from '../components/QueryStatus.tsx';
import { PageSection } from '../components/PageSection.tsx';
import { useDocumentTitle } from '../lib/use-document-title.ts';
import { useFormat } from '../i18n/format.ts';
import { StayInTouchSection } from './interactions/StayInTouchSection.tsx';

/** The start page of a workspace: where to go next and what changed recently. */
export function OverviewPage() {
  const { t } = useTranslation();
  const ws = useWorkspace();
  useDocumentTitle(ws.name);
  const fmt = useFormat();
  const recent = useQuery({
    queryKey: ['people', ws.id, 'recent'],
    queryFn: () => peopleApi.list(ws.id, { sort: '-updatedAt', limit: 5 }),
  });
  const themes = useQuery({
    queryKey: ['themes', ws.id, 'active'],
    queryFn: () => themesApi.list(ws.id, { sort: 'title', limit: 5, status: 'active' }),
  });
  const areas = [
    { to: 'people', title: t('nav.people'), text: t('overview.people') },
    { to: 'organisations', title: t('nav.organisations'), text: t('overview.organisations') },
    { to: 'themes', title: t('nav.themes'), text: t('overview.themes') },
    { to: 'network', title: t('nav.network'), text: t('overview.network') },
  ];
  return (
    <>
      <Heading level={1}>{ws.name}</Heading>
      <Paragraph purpose="lead">{t('overview.intro')}</Paragraph>
      <ul className="kring-card-grid">
        {areas.map((a) => (
          <li key={a.to} className="kring-card">
            <AppLink to={wsPath(ws.id, a.to)} className="kring-card__title">
              {a.title}
            </AppLink>
            <span className="kring-card__meta">{a.text}</span>
          </li>
        ))}
      </ul>
      {ws.canEdit ? (
        <div className="kring-actions">
          <ButtonLink to={wsPath(ws.id, 'people/new')} purpose="primary">
            {t('people.new')}
          </ButtonLink>
          <ButtonLink to={wsPath(ws.id, 'organisations/new')}>{t('organisations.new')}</ButtonLink>
        </div>
      ) : null}
      <StayInTouchSection />
      <div className="kring-columns">
        <PageSection titleId="recent-title" title={t('overview.recent')}>
          <QueryStatus query={recent}>
            {(page) => (
              <ul className="kring-plain-list">
                {page.data.map((p) => (
                  <li key={p.id}>
                    <AppLink to={wsPath(ws.id, `people/${p.id}`)}>{p.name}</AppLink>{' '}
                    <span className="kring-muted">{t('overview.changedOn', { date: fmt.date(p.updatedAt) })}</span>
                  </li>
                ))}
              </ul>
            )}
          </QueryStatus>
        </PageSection>
        <PageSection titleId="themes-title" title={t('overview.activeThemes')}>
          <QueryStatus query={themes}>
            {(page) =>
              page.data.length === 0 ? (
                <Paragraph>{t('themes.none')}</Paragraph>
              ) : (
                <ul className="kring-plain-list">
                  {page.data.map((th) => (
                    <li key={th.id}>
                      <AppLink to={wsPath(ws.id, `themes/${th.id}`)}>{th.title}</AppLink>
                    </li>
                  ))}
                </ul>
              )
            }
          </QueryStatus>
        </PageSection>
      </div>
    </>
  );
}
