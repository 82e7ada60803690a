import { useTranslation } from 'react-i18next';
import { AppLink } from '../../components/AppLink.tsx';
import { hasRecordPage, recordPath } from '../../lib/record-path.ts';

interface SubjectReferenceProps {
  workspaceId: string;
  type: string;
  id: string | null;
}

/**
 * Which record an event was about. The log holds no names, so the record is shown by the
 * start of its id (enough to tell records apart), linked to its page when its kind has one.
 * A deleted record's page says it was not found.
 */
export function SubjectReference({ workspaceId, type, id }: SubjectReferenceProps) {
  const { t } = useTranslation();
  if (!id) return <>{t('auditLog.noSubject')}</>;
  const shortId = <span className="kring-record-id">{id.slice(0, 8)}</span>;
  return hasRecordPage(type) ? <AppLink to={recordPath(workspaceId, type, id)}>{shortId}</AppLink> : shortId;
}
