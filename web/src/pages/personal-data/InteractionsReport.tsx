import { useTranslation } from 'react-i18next';
import type { PersonalData } from '../../api/types.ts';
import { useWorkspace, wsPath } from '../../auth/workspace-context.ts';
import { AppLink } from '../../components/AppLink.tsx';
import { useFormat } from '../../i18n/format.ts';
import { ReportTableSection } from './ReportTableSection.tsx';

/** Meetings, calls and sessions the person took part in or was invited to, with what was recorded of them. */
export function InteractionsReport({ report }: { report: PersonalData }) {
  const { t } = useTranslation();
  const ws = useWorkspace();
  const fmt = useFormat();
  return (
    <ReportTableSection
      report={report}
      part="interactions"
      columns={[
        { header: t('interactions.date'), cell: (i) => fmt.shortDate(i.date), nowrap: true },
        { header: t('fields.kind'), cell: (i) => t(`interactionKinds.${i.kind}`) },
        { header: t('fields.title'), cell: (i) => <AppLink to={wsPath(ws.id, `interactions/${i.id}`)}>{i.title}</AppLink> },
        { header: t('personalData.attendance'), cell: (i) => t(`attendance.${i.attendance}`) },
        { header: t('interactions.summary'), cell: (i) => i.summary ?? '—', preWrap: true },
        { header: t('interactions.outcome'), cell: (i) => i.outcome ?? '—', preWrap: true },
      ]}
    />
  );
}
