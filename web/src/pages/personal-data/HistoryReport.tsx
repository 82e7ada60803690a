import { useTranslation } from 'react-i18next';
import type { PersonalData } from '../../api/types.ts';
import type { personalDataNl } from '../../i18n/personal-data-texts.ts';
import { useFormat } from '../../i18n/format.ts';
import { ReportTableSection } from './ReportTableSection.tsx';

type NamedEvent = keyof typeof personalDataNl.personalData.events;

/** Who created, changed or requested the person's record, and when, from the audit log; never what changed. */
export function HistoryReport({ report }: { report: PersonalData }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  return (
    <ReportTableSection
      report={report}
      part="history"
      intro={t('personalData.historyIntro')}
      columns={[
        { header: t('personalData.when'), cell: (e) => fmt.dateTime(e.at), nowrap: true },
        // An action the log learns later is shown by its own name until it has a label.
        { header: t('personalData.what'), cell: (e) => t(`personalData.events.${e.action as NamedEvent}`, { defaultValue: e.action }) },
        { header: t('personalData.who'), cell: (e) => e.actorName ?? t('personalData.unknownActor') },
      ]}
    />
  );
}
