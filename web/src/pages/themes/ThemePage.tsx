import { useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import { peopleApi, themesApi } from '../../api/network.ts';
import { useWorkspace, wsPath } from '../../auth/workspace-context.ts';
import { AppLink, ButtonLink } from '../../components/AppLink.tsx';
import { RecordHeader } from '../../components/RecordHeader.tsx';
import { NotesSection } from '../../components/NotesSection.tsx';
import { QueryStatus } from '../../components/QueryStatus.tsx';
import { PageSection } from '../../components/PageSection.tsx';
import { useDocumentTitle } from '../../lib/use-document-title.ts';
import { useOrganisationOptions } from '../../lib/use-organisation-options.ts';
import { useFormat } from '../../i18n/format.ts';

/** A theme: kind, status, horizon, owner, the organisations involved and notes. */
export function ThemePage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const ws = useWorkspace();
  const fmt = useFormat();
  const navigate = useNavigate();
  const client = useQueryClient();
  const theme = useQuery({ queryKey: ['theme', ws.id, id], queryFn: () => themesApi.get(ws.id, id) });
  const ownerId = theme.data?.data.ownerId;
  const owner = useQuery({ queryKey: ['person', ws.id, ownerId], queryFn: () => peopleApi.get(ws.id, ownerId ?? ''), enabled: !!ownerId });
  const { organisations } = useOrganisationOptions(ws.id);
  useDocumentTitle(theme.data?.data.title ?? t('themes.one'));
  return (
    <QueryStatus query={theme}>
      {({ data: th }) => (
        <>
          <RecordHeader
            title={th.title}
            lead={`${t(`themeKinds.${th.kind}`)} · ${t(`themeStatuses.${th.status}`)}`}
            editTo={wsPath(ws.id, `themes/${th.id}/edit`)}
            canEdit={ws.canEdit}
            onDelete={async () => {
              await themesApi.remove(ws.id, th.id);
              await client.invalidateQueries({ queryKey: ['themes', ws.id] });
              navigate(wsPath(ws.id, 'themes'));
            }}
          >
            <ButtonLink to={`${wsPath(ws.id, 'network')}?themeId=${th.id}`}>{t('themes.showNetwork')}</ButtonLink>
          </RecordHeader>
          <dl className="kring-details">
            <dt>{t('fields.horizon')}</dt>
            <dd>{th.horizon ? fmt.date(th.horizon) : '—'}</dd>
            <dt>{t('themes.owner')}</dt>
            <dd>{ownerId ? <AppLink to={wsPath(ws.id, `people/${ownerId}`)}>{owner.data?.data.name ?? '…'}</AppLink> : '—'}</dd>
            <dt>{t('fields.description')}</dt>
            <dd>{th.description ?? '—'}</dd>
          </dl>
          <PageSection titleId="theme-organisations" title={t('themes.organisations')}>
            {th.organisationIds.length === 0 ? (
              <Paragraph>{t('themes.noOrganisations')}</Paragraph>
            ) : (
              <ul className="kring-plain-list">
                {th.organisationIds.map((oid) => (
                  <li key={oid}>
                    <AppLink to={wsPath(ws.id, `organisations/${oid}`)}>{organisations.find((o) => o.id === oid)?.name ?? oid}</AppLink>
                  </li>
                ))}
              </ul>
            )}
          </PageSection>
          <NotesSection subjectType="theme" subjectId={th.id} />
          <Paragraph className="kring-muted">{t('record.updated', { date: fmt.dateTime(th.updatedAt) })}</Paragraph>
        </>
      )}
    </QueryStatus>
  );
}
