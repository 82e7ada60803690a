import { useTranslation } from 'react-i18next';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import type { PersonalData } from '../../api/types.ts';
import { useFormat } from '../../i18n/format.ts';
import { ReportTableSection } from './ReportTableSection.tsx';

/** The reader's own cadence for keeping in touch with the person, and how many other members keep one. */
export function CadenceReport({ report }: { report: PersonalData }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const others = report.contactCadencesOfOthers;
  return (
    <ReportTableSection
      report={report}
      part="contactCadences"
      intro={t('personalData.cadenceIntro')}
      columns={[
        { header: t('personalData.cadenceEvery'), cell: (c) => t('personalData.everyDays', { count: c.everyDays }) },
        { header: t('personalData.cadenceSince'), cell: (c) => fmt.dateTime(c.createdAt), nowrap: true },
      ]}
    >
      {others > 0 ? <Paragraph>{t('personalData.cadencesOfOthers', { count: others })}</Paragraph> : null}
    </ReportTableSection>
  );
}
