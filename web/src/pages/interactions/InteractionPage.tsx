import { useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import { interactionsApi } from '../../api/interactions.ts';
import { useWorkspace, wsPath } from '../../auth/workspace-context.ts';
import { AppLink } from '../../components/AppLink.tsx';
import { RecordHeader } from '../../components/RecordHeader.tsx';
import { NotesSection } from '../../components/NotesSection.tsx';
import { ThemeLinks } from '../../components/ThemeLinks.tsx';
import { QueryStatus } from '../../components/QueryStatus.tsx';
import { useDocumentTitle } from '../../lib/use-document-title.ts';
import { useOrganisationOptions } from '../../lib/use-organisation-options.ts';
import { useFormat } from '../../i18n/format.ts';
import { ActionsSection } from './ActionsSection.tsx';

/** One interaction: when, who took part (and who attended), what it was about, the summary and the follow-up actions. */
export function InteractionPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const ws = useWorkspace();
  const fmt = useFormat();
  const navigate = useNavigate();
  const client = useQueryClient();
  const interaction = useQuery({ queryKey: ['interaction', ws.id, id], queryFn: () => interactionsApi.get(ws.id, id) });
  const { organisations } = useOrganisationOptions(ws.id);
  useDocumentTitle(interaction.data?.data.title ?? t('interactions.one'));
  return (
    <QueryStatus query={interaction}>
      {({ data: i }) => (
        <>
          <RecordHeader
            title={i.title}
            lead={`${t(`interactionKinds.${i.kind}`)} · ${fmt.date(i.date)}${i.startTime ? ` ${i.startTime}` : ''}`}
            editTo={wsPath(ws.id, `interactions/${i.id}/edit`)}
            canEdit={ws.canEdit}
            onDelete={async () => {
              await interactionsApi.remove(ws.id, i.id);
              await client.invalidateQueries({ queryKey: ['interactions', ws.id] });
              navigate(wsPath(ws.id, 'interactions'));
            }}
          />
          <dl className="kring-details">
            <dt>{t('interactions.duration')}</dt>
            <dd>{i.durationMinutes ?? '—'}</dd>
            <dt>{t('interactions.participants')}</dt>
            <dd>
              {i.participants.length === 0 ? (
                '—'
              ) : (
                <ul className="kring-plain-list">
                  {i.participants.map((p) => (
                    <li key={p.personId}>
                      <AppLink to={wsPath(ws.id, `people/${p.personId}`)}>{p.name}</AppLink>{' '}
                      <span className="kring-muted">({t(`attendance.${p.attendance}`)})</span>
                    </li>
                  ))}
                </ul>
              )}
            </dd>
            <dt>{t('interactions.organisations')}</dt>
            <dd>
              {i.organisationIds.length === 0
                ? '—'
                : i.organisationIds.map((oid, n) => (
                    <span key={oid}>
                      {n > 0 ? ', ' : ''}
                      <AppLink to={wsPath(ws.id, `organisations/${oid}`)}>{organisations.find((o) => o.id === oid)?.name ?? oid}</AppLink>
                    </span>
                  ))}
            </dd>
            <dt>{t('interactions.themes')}</dt>
            <dd>
              <ThemeLinks workspaceId={ws.id} ids={i.themeIds} />
            </dd>
            <dt>{t('interactions.summary')}</dt>
            <dd className="kring-pre-wrap">
              {i.summary ?? (i.summaryVisibility === 'private' ? t('interactions.summaryHidden') : '—')}
              {i.summary && i.summaryVisibility === 'private' ? (
                <span className="kring-muted"> ({t('notes.visibilities.private')})</span>
              ) : null}
            </dd>
            <dt>{t('interactions.outcome')}</dt>
            <dd className="kring-pre-wrap">{i.outcome ?? '—'}</dd>
          </dl>
          <ActionsSection interaction={i} />
          <NotesSection subjectType="interaction" subjectId={i.id} />
          <Paragraph className="kring-muted">{t('record.updated', { date: fmt.dateTime(i.updatedAt) })}</Paragraph>
        </>
      )}
    </QueryStatus>
  );
}
