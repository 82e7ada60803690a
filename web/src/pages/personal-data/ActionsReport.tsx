import { useTranslation } from 'react-i18next';
import type { Action, PersonalData } from '../../api/types.ts';
import { useFormat } from '../../i18n/format.ts';
import { ReportTableSection } from './ReportTableSection.tsx';

/** The actions the person owns: what, by when, and whether they are done. */
export function ActionsReport({ report }: { report: PersonalData }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const status = (a: Action) => {
    if (!a.done) return t('personalData.open');
    return a.doneAt ? t('personalData.doneOn', { date: fmt.shortDate(a.doneAt) }) : t('actionItems.done');
  };
  return (
    <ReportTableSection
      report={report}
      part="actions"
      columns={[
        { header: t('actionItems.what'), cell: (a) => a.title },
        { header: t('actionItems.dueOn'), cell: (a) => fmt.shortDate(a.dueOn), nowrap: true },
        { header: t('fields.status'), cell: status },
      ]}
    />
  );
}
