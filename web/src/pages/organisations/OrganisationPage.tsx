import { useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import { organisationsApi, peopleApi } from '../../api/network.ts';
import { useWorkspace, wsPath } from '../../auth/workspace-context.ts';
import { AppLink, ButtonLink } from '../../components/AppLink.tsx';
import { RecordHeader } from '../../components/RecordHeader.tsx';
import { RelationsSection } from '../../components/RelationsSection.tsx';
import { NotesSection } from '../../components/NotesSection.tsx';
import { InteractionsSection } from '../interactions/InteractionsSection.tsx';
import { PositionSection } from '../analytics/PositionSection.tsx';
import { QueryStatus } from '../../components/QueryStatus.tsx';
import { PageSection } from '../../components/PageSection.tsx';
import { useDocumentTitle } from '../../lib/use-document-title.ts';
import { useFormat } from '../../i18n/format.ts';
import { UnitsTree } from './UnitsTree.tsx';

/** An organisation: its details, units as a tree, its people, relations and notes. */
export function OrganisationPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const ws = useWorkspace();
  const fmt = useFormat();
  const navigate = useNavigate();
  const client = useQueryClient();
  const organisation = useQuery({ queryKey: ['organisation', ws.id, id], queryFn: () => organisationsApi.get(ws.id, id) });
  const units = useQuery({ queryKey: ['units', ws.id, id], queryFn: () => organisationsApi.units(ws.id, id) });
  const people = useQuery({
    queryKey: ['people', ws.id, { organisationId: id }],
    queryFn: () => peopleApi.list(ws.id, { organisationId: id, limit: 200, sort: 'name' }),
  });
  const parentId = organisation.data?.data.parentId;
  const parent = useQuery({
    queryKey: ['organisation', ws.id, parentId],
    queryFn: () => organisationsApi.get(ws.id, parentId ?? ''),
    enabled: !!parentId,
  });
  useDocumentTitle(organisation.data?.data.name ?? t('organisations.one'));

  return (
    <QueryStatus query={organisation}>
      {({ data: o }) => (
        <>
          <RecordHeader
            title={o.name}
            lead={t(`organisationKinds.${o.kind}`)}
            editTo={wsPath(ws.id, `organisations/${o.id}/edit`)}
            canEdit={ws.canEdit}
            onDelete={async () => {
              await organisationsApi.remove(ws.id, o.id);
              await client.invalidateQueries({ queryKey: ['organisations', ws.id] });
              navigate(wsPath(ws.id, 'organisations'));
            }}
          >
            <ButtonLink to={`${wsPath(ws.id, 'paths')}?to=${o.id}`}>{t('influence.howToReach', { name: o.name })}</ButtonLink>
          </RecordHeader>
          <dl className="kring-details">
            <dt>{t('fields.code')}</dt>
            <dd>{o.code ?? '—'}</dd>
            <dt>{t('organisations.parent')}</dt>
            <dd>{parentId ? <AppLink to={wsPath(ws.id, `organisations/${parentId}`)}>{parent.data?.data.name ?? '…'}</AppLink> : '—'}</dd>
            <dt>{t('fields.website')}</dt>
            <dd>
              {o.website ? (
                <a className="nl-link" href={o.website} rel="noopener noreferrer">
                  {o.website}
                </a>
              ) : (
                '—'
              )}
            </dd>
            <dt>{t('fields.description')}</dt>
            <dd>{o.description ?? '—'}</dd>
          </dl>
          <PageSection titleId="units-title" title={t('organisations.units')}>
            <QueryStatus query={units}>
              {(list) =>
                list.length === 0 ? (
                  <Paragraph>{t('organisations.noUnits')}</Paragraph>
                ) : (
                  <UnitsTree workspaceId={ws.id} rootId={o.id} units={list} />
                )
              }
            </QueryStatus>
            {ws.canEdit ? (
              <ButtonLink to={`${wsPath(ws.id, 'organisations/new')}?parentId=${o.id}`}>{t('organisations.newUnit')}</ButtonLink>
            ) : null}
          </PageSection>
          <PageSection titleId="people-title" title={t('organisations.people')}>
            <QueryStatus query={people}>
              {(page) =>
                page.data.length === 0 ? (
                  <Paragraph>{t('organisations.noPeople')}</Paragraph>
                ) : (
                  <ul className="kring-plain-list">
                    {page.data.map((p) => {
                      const role = p.affiliations.find((a) => a.organisationId === o.id)?.role;
                      return (
                        <li key={p.id}>
                          <AppLink to={wsPath(ws.id, `people/${p.id}`)}>{p.name}</AppLink>
                          {role ? ` – ${role}` : p.jobTitle ? ` – ${p.jobTitle}` : ''}
                        </li>
                      );
                    })}
                  </ul>
                )
              }
            </QueryStatus>
          </PageSection>
          <RelationsSection partyId={o.id} partyName={o.name} />
          <PositionSection nodeId={o.id} name={o.name} />
          <InteractionsSection filter={{ organisationId: o.id }} />
          <NotesSection subjectType="organisation" subjectId={o.id} />
          <Paragraph className="kring-muted">{t('record.updated', { date: fmt.dateTime(o.updatedAt) })}</Paragraph>
        </>
      )}
    </QueryStatus>
  );
}
