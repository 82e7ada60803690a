import { useTranslation } from 'react-i18next';
import type { AuditEvent } from '../../api/types.ts';
import { RecordTableContent } from '../../components/RecordTable.tsx';
import { useFormat } from '../../i18n/format.ts';
import { actionLabel, actorLabel, subjectTypeLabel } from './audit-vocabulary.ts';
import { SubjectReference } from './SubjectReference.tsx';

/** The audit events loaded so far: when, who, what and on which record. */
export function AuditEventsTable({ workspaceId, events }: { workspaceId: string; events: readonly AuditEvent[] }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  return (
    <RecordTableContent
      captionId="audit-events-caption"
      caption={t('auditLog.caption')}
      records={events}
      recordKey={(e) => String(e.id)}
      columns={[
        { header: t('auditLog.at'), cell: (e) => fmt.dateTime(e.at), nowrap: true },
        { header: t('auditLog.actor'), cell: (e) => actorLabel(t, e) },
        { header: t('auditLog.action'), cell: (e) => actionLabel(t, e.action) },
        { header: t('auditLog.subjectType'), cell: (e) => subjectTypeLabel(t, e.subjectType) },
        {
          header: t('auditLog.subject'),
          cell: (e) => <SubjectReference workspaceId={workspaceId} type={e.subjectType} id={e.subjectId} />,
        },
      ]}
    />
  );
}
