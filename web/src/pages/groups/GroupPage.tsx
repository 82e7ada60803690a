import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Heading } from '@nl-design-system-candidate/heading-react';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import { Button } from '@nl-design-system-candidate/button-react';
import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { groupsApi } from '../../api/method.ts';
import { useWorkspace, wsPath } from '../../auth/workspace-context.ts';
import { AppLink } from '../../components/AppLink.tsx';
import { DeleteRecordButton } from '../../components/DeleteRecordButton.tsx';
import { NotesSection } from '../../components/NotesSection.tsx';
import { ThemeLinks } from '../../components/ThemeLinks.tsx';
import { PageSection } from '../../components/PageSection.tsx';
import { QueryStatus, StatusMessage } from '../../components/QueryStatus.tsx';
import { useDocumentTitle } from '../../lib/use-document-title.ts';
import { useFormat } from '../../i18n/format.ts';
import { InteractionsSection } from '../interactions/InteractionsSection.tsx';
import { GroupForm } from './GroupForm.tsx';
import { KnowledgeItemsPanel } from './KnowledgeItemsPanel.tsx';

/** A group: its members and their roles, the organisations they come from, its meetings and what it shared. */
export function GroupPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const ws = useWorkspace();
  const fmt = useFormat();
  const navigate = useNavigate();
  const client = useQueryClient();
  const group = useQuery({ queryKey: ['group', ws.id, id], queryFn: () => groupsApi.get(ws.id, id) });
  const [editing, setEditing] = useState(false);
  const [status, setStatus] = useState('');
  useDocumentTitle(group.data?.data.name ?? t('groups.title'));
  return (
    <QueryStatus query={group}>
      {({ data: g }) => (
        <>
          <div className="kring-page-title">
            <div>
              <Heading level={1}>{g.name}</Heading>
              <Paragraph purpose="lead">{t(`groupKinds.${g.kind}`)}</Paragraph>
            </div>
            {ws.canEdit ? (
              <div className="kring-actions">
                <Button purpose="primary" onClick={() => setEditing(true)}>
                  {t('actions.edit')}
                </Button>
                <DeleteRecordButton
                  name={g.name}
                  onDelete={async () => {
                    await groupsApi.remove(ws.id, g.id);
                    await client.invalidateQueries({ queryKey: ['groups', ws.id] });
                    navigate(wsPath(ws.id, 'groups'));
                  }}
                />
              </div>
            ) : null}
          </div>
          <StatusMessage>{status}</StatusMessage>
          {editing ? (
            <GroupForm
              key={g.version}
              group={g}
              level={2}
              onCancel={() => setEditing(false)}
              onDone={(_, message) => {
                setEditing(false);
                setStatus(message);
              }}
            />
          ) : null}
          <dl className="kring-details">
            <dt>{t('fields.description')}</dt>
            <dd className="kring-pre-wrap">{g.description ?? '—'}</dd>
            <dt>{t('interactions.themes')}</dt>
            <dd>
              <ThemeLinks workspaceId={ws.id} ids={g.themeIds} />
            </dd>
            <dt>{t('groups.organisations')}</dt>
            <dd>{g.organisations.length === 0 ? '—' : fmt.list(g.organisations.map((o) => o.name))}</dd>
          </dl>
          <PageSection titleId="members-title" title={t('groups.members')}>
            {g.members.length === 0 ? (
              <Paragraph>{t('groups.noMembers')}</Paragraph>
            ) : (
              <div className="kring-table-scroll" role="region" aria-labelledby="members-title" tabIndex={0}>
                <Table>
                  <TableHeader>
                    <TableRow>
                      <TableHeaderCell scope="col">{t('fields.name')}</TableHeaderCell>
                      <TableHeaderCell scope="col">{t('groups.role')}</TableHeaderCell>
                      <TableHeaderCell scope="col">{t('relations.period')}</TableHeaderCell>
                    </TableRow>
                  </TableHeader>
                  <TableBody>
                    {g.members.map((m) => (
                      <TableRow key={m.personId}>
                        <TableCell>
                          <AppLink to={wsPath(ws.id, `people/${m.personId}`)}>{m.personName}</AppLink>
                        </TableCell>
                        <TableCell>{t(`groupMemberRoles.${m.role}`)}</TableCell>
                        <TableCell>{[fmt.shortDate(m.since), fmt.shortDate(m.until)].filter(Boolean).join(' – ')}</TableCell>
                      </TableRow>
                    ))}
                  </TableBody>
                </Table>
              </div>
            )}
          </PageSection>
          <InteractionsSection filter={{ groupId: g.id }} titleId="meetings-title" />
          <KnowledgeItemsPanel groupId={g.id} />
          <NotesSection subjectType="group" subjectId={g.id} />
        </>
      )}
    </QueryStatus>
  );
}
