import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useQuery } from '@tanstack/react-query';
import { Heading } from '@nl-design-system-candidate/heading-react';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import { Button } from '@nl-design-system-candidate/button-react';
import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { groupsApi } from '../../api/method.ts';
import { useWorkspace, wsPath } from '../../auth/workspace-context.ts';
import { AppLink } from '../../components/AppLink.tsx';
import { QueryStatus } from '../../components/QueryStatus.tsx';
import { useDocumentTitle } from '../../lib/use-document-title.ts';
import { GroupForm } from './GroupForm.tsx';

/** Working groups, regional meetings and data teams: their kind, members and the organisations they come from. */
export function GroupsListPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('groups.title'));
  const ws = useWorkspace();
  const navigate = useNavigate();
  const [adding, setAdding] = useState(false);
  const groups = useQuery({ queryKey: ['groups', ws.id, 'list'], queryFn: () => groupsApi.list(ws.id, { limit: 200, sort: 'name' }) });
  return (
    <>
      <div className="kring-page-title">
        <Heading level={1}>{t('groups.title')}</Heading>
        {ws.canEdit && !adding ? (
          <Button purpose="primary" onClick={() => setAdding(true)}>
            {t('groups.new')}
          </Button>
        ) : null}
      </div>
      <Paragraph purpose="lead">{t('groups.intro')}</Paragraph>
      {adding ? <GroupForm level={2} onCancel={() => setAdding(false)} onDone={(g) => navigate(wsPath(ws.id, `groups/${g.id}`))} /> : null}
      <QueryStatus query={groups}>
        {(page) =>
          page.data.length === 0 ? (
            <Paragraph>{t('list.empty')}</Paragraph>
          ) : (
            <div className="kring-table-scroll" role="region" aria-label={t('groups.title')} tabIndex={0}>
              <Table>
                <TableHeader>
                  <TableRow>
                    <TableHeaderCell scope="col">{t('fields.name')}</TableHeaderCell>
                    <TableHeaderCell scope="col">{t('fields.kind')}</TableHeaderCell>
                    <TableHeaderCell scope="col">{t('groups.members')}</TableHeaderCell>
                    <TableHeaderCell scope="col">{t('groups.organisations')}</TableHeaderCell>
                  </TableRow>
                </TableHeader>
                <TableBody>
                  {page.data.map((g) => (
                    <TableRow key={g.id}>
                      <TableCell>
                        <AppLink to={wsPath(ws.id, `groups/${g.id}`)}>{g.name}</AppLink>
                      </TableCell>
                      <TableCell>{t(`groupKinds.${g.kind}`)}</TableCell>
                      <TableCell>{g.members.length}</TableCell>
                      <TableCell>{g.organisations.map((o) => o.name).join(', ')}</TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </div>
          )
        }
      </QueryStatus>
    </>
  );
}
