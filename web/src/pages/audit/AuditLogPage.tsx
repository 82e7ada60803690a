import { useTranslation } from 'react-i18next';
import { Heading } from '@nl-design-system-candidate/heading-react';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import { auditApi } from '../../api/audit.ts';
import type { AuditEvent } from '../../api/types.ts';
import { useWorkspace } from '../../auth/workspace-context.ts';
import { ListResults } from '../../components/ListResults.tsx';
import { useDocumentTitle } from '../../lib/use-document-title.ts';
import { useRecordList } from '../../lib/use-record-list.ts';
import { useSearchParamsState } from '../../lib/use-search-params-state.ts';
import { AuditEventsTable } from './AuditEventsTable.tsx';
import { auditFilterKeys, AuditLogFilters } from './AuditLogFilters.tsx';

/**
 * The workspace's audit log for its owners (AVG art. 5(2)): who created, changed, deleted,
 * imported or requested which record and when, newest first; never the content. Others are
 * told by the server's refusal, shown as any refused read is.
 */
export function AuditLogPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('auditLog.title'));
  const ws = useWorkspace();
  const [filters, setFilters] = useSearchParamsState(auditFilterKeys);
  const list = useRecordList<AuditEvent>(['audit-events', ws.id], (query, signal) => auditApi.list(ws.id, query, signal), {
    ...filters,
    limit: 50,
  });
  const subjectKind = filters.subjectType || list.items.find((e) => e.subjectId === filters.subjectId)?.subjectType;
  return (
    <>
      <Heading level={1}>{t('auditLog.title')}</Heading>
      <div className="kring-prose">
        <Paragraph purpose="lead">{t('auditLog.intro')}</Paragraph>
        <Paragraph>{t('auditLog.accountability')}</Paragraph>
      </div>
      {ws.isOwner ? <AuditLogFilters workspaceId={ws.id} filters={filters} onChange={setFilters} subjectKind={subjectKind} /> : null}
      <ListResults list={list} label={t('auditLog.caption')}>
        <AuditEventsTable workspaceId={ws.id} events={list.items} />
      </ListResults>
    </>
  );
}
