import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import type { PersonalData } from '../../api/types.ts';
import { PageSection } from '../../components/PageSection.tsx';
import { RecordTable, type RecordColumn } from '../../components/RecordTable.tsx';
import type { personalDataNl } from '../../i18n/personal-data-texts.ts';

/** The lists of the report shown as tables, named as in the report; each has a title, a caption and a sentence for when it is empty. */
type ReportPart = keyof typeof personalDataNl.personalData.sections & keyof PersonalData;
type ReportRecord<P extends ReportPart> = PersonalData[P][number];

interface ReportTableSectionProps<P extends ReportPart> {
  report: PersonalData;
  part: P;
  columns: RecordColumn<ReportRecord<P>>[];
  /** A sentence under the heading that says what the records are. */
  intro?: string;
  /** Further content under the table. */
  children?: ReactNode;
}

/** Records keep their id as key; the history's events have none, and keep their place in the log. */
const keyOf = (record: object, index: number) => ('id' in record && typeof record.id === 'string' ? record.id : String(index));

/**
 * One list of the personal data report: a level-2 heading and the records as a table, or a
 * sentence that there are none, so the reader knows nothing is held rather than something missing.
 */
export function ReportTableSection<P extends ReportPart>({ report, part, columns, intro, children }: ReportTableSectionProps<P>) {
  const { t } = useTranslation();
  // Read as any part, so the typed translation keys resolve against every section at once.
  const section: ReportPart = part;
  const id = `report-${section}`;
  const records = report[part] as ReportRecord<P>[];
  return (
    <PageSection titleId={`${id}-title`} title={t(`personalData.sections.${section}.title`)}>
      {intro ? <Paragraph>{intro}</Paragraph> : null}
      {records.length === 0 ? (
        <Paragraph>{t(`personalData.sections.${section}.none`)}</Paragraph>
      ) : (
        <RecordTable
          captionId={`${id}-caption`}
          caption={t(`personalData.sections.${section}.caption`, { name: report.person.name })}
          records={records}
          recordKey={keyOf}
          columns={columns}
        />
      )}
      {children}
    </PageSection>
  );
}
