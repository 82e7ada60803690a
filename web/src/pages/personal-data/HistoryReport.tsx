import { useTranslation } from 'react-i18next';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import type { PersonalData } from '../../api/types.ts';
import { useWorkspace, wsPath } from '../../auth/workspace-context.ts';
import { AppLink } from '../../components/AppLink.tsx';
import { useFormat } from '../../i18n/format.ts';
import { actionLabel, actorLabel } from '../audit/audit-vocabulary.ts';
import { ReportTableSection } from './ReportTableSection.tsx';

/**
 * Who created, changed or requested the person's record, and when, from the audit log; never
 * what changed. Owners, who may read the whole log, get a link to everything it holds on the person.
 */
export function HistoryReport({ report }: { report: PersonalData }) {
  const { t } = useTranslation();
  const ws = useWorkspace();
  const fmt = useFormat();
  return (
    <ReportTableSection
      report={report}
      part="history"
      intro={t('personalData.historyIntro')}
      columns={[
        { header: t('personalData.when'), cell: (e) => fmt.dateTime(e.at), nowrap: true },
        { header: t('personalData.what'), cell: (e) => actionLabel(t, e.action) },
        { header: t('personalData.who'), cell: (e) => actorLabel(t, e) },
      ]}
    >
      {ws.isOwner ? (
        <Paragraph className="kring-no-print">
          <AppLink to={`${wsPath(ws.id, 'audit')}?${new URLSearchParams({ subjectId: report.person.id }).toString()}`}>
            {t('personalData.inAuditLog')}
          </AppLink>
        </Paragraph>
      ) : null}
    </ReportTableSection>
  );
}
