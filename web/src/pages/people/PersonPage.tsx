import { useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import { peopleApi } from '../../api/network.ts';
import { useWorkspace, wsPath } from '../../auth/workspace-context.ts';
import { ButtonLink } from '../../components/AppLink.tsx';
import { AffiliationList } from '../../components/AffiliationList.tsx';
import { RecordHeader } from '../../components/RecordHeader.tsx';
import { RelationsSection } from '../../components/RelationsSection.tsx';
import { NotesSection } from '../../components/NotesSection.tsx';
import { InteractionsSection } from '../interactions/InteractionsSection.tsx';
import { PositionSection } from '../analytics/PositionSection.tsx';
import { ContactCadenceSection } from '../stay-in-touch/ContactCadenceSection.tsx';
import { QueryStatus } from '../../components/QueryStatus.tsx';
import { TagList } from '../../components/TagList.tsx';
import { PageSection } from '../../components/PageSection.tsx';
import { useDocumentTitle } from '../../lib/use-document-title.ts';
import { useFormat } from '../../i18n/format.ts';

/** A person: contact details, affiliations, tags, relations and notes. */
export function PersonPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const ws = useWorkspace();
  const fmt = useFormat();
  const navigate = useNavigate();
  const client = useQueryClient();
  const person = useQuery({ queryKey: ['person', ws.id, id], queryFn: () => peopleApi.get(ws.id, id) });
  useDocumentTitle(person.data?.data.name ?? t('people.one'));

  return (
    <QueryStatus query={person}>
      {({ data: p }) => (
        <>
          <RecordHeader
            title={p.name}
            lead={p.jobTitle}
            editTo={wsPath(ws.id, `people/${p.id}/edit`)}
            canEdit={ws.canEdit}
            onDelete={async () => {
              await peopleApi.remove(ws.id, p.id);
              await client.invalidateQueries({ queryKey: ['people', ws.id] });
              navigate(wsPath(ws.id, 'people'));
            }}
          >
            <ButtonLink to={`${wsPath(ws.id, 'network')}?centre=${p.id}&depth=1`}>{t('people.showNetwork')}</ButtonLink>
            <ButtonLink to={`${wsPath(ws.id, 'paths')}?to=${p.id}`}>{t('influence.howToReach', { name: p.name })}</ButtonLink>
            <ButtonLink to={wsPath(ws.id, `people/${p.id}/personal-data`)}>{t('personalData.link')}</ButtonLink>
          </RecordHeader>
          <dl className="kring-details">
            <dt>{t('fields.email')}</dt>
            <dd>
              {p.email ? (
                <a className="nl-link" href={`mailto:${p.email}`}>
                  {p.email}
                </a>
              ) : (
                '—'
              )}
            </dd>
            <dt>{t('fields.phone')}</dt>
            <dd>
              {p.phone ? (
                <a className="nl-link" href={`tel:${p.phone}`}>
                  {p.phone}
                </a>
              ) : (
                '—'
              )}
            </dd>
            <dt>{t('fields.tags')}</dt>
            <dd>{p.tags.length ? <TagList tags={p.tags} /> : '—'}</dd>
            <dt>{t('fields.lastContactOn')}</dt>
            <dd>{p.lastContactOn ? fmt.date(p.lastContactOn) : '—'}</dd>
            <dt>{t('fields.source')}</dt>
            <dd>{p.source ?? '—'}</dd>
            <dt>{t('fields.informedOn')}</dt>
            <dd>{p.informedOn ? fmt.date(p.informedOn) : t('people.notInformed')}</dd>
          </dl>
          <PageSection titleId="affiliations-title" title={t('affiliations.title')}>
            {p.affiliations.length === 0 ? (
              <Paragraph>{t('affiliations.none')}</Paragraph>
            ) : (
              <AffiliationList workspaceId={ws.id} affiliations={p.affiliations} />
            )}
          </PageSection>
          <RelationsSection partyId={p.id} partyName={p.name} />
          <PositionSection nodeId={p.id} name={p.name} />
          <ContactCadenceSection personId={p.id} name={p.name} />
          <InteractionsSection filter={{ personId: p.id }} />
          <NotesSection subjectType="person" subjectId={p.id} />
          <Paragraph className="kring-muted">{t('record.updated', { date: fmt.dateTime(p.updatedAt) })}</Paragraph>
        </>
      )}
    </QueryStatus>
  );
}
