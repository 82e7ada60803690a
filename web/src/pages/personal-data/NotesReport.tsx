import { useTranslation } from 'react-i18next';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import type { Note, PersonalData } from '../../api/types.ts';
import { useFormat } from '../../i18n/format.ts';
import { ReportTableSection } from './ReportTableSection.tsx';

/** The notes on the person and their relations the reader may read, and how many other members keep private. */
export function NotesReport({ report }: { report: PersonalData }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const hidden = report.privateNotesOfOthers;
  const relations = new Map(report.relations.map((r) => [r.id, r]));
  const about = (n: Note) => {
    const relation = relations.get(n.subjectId);
    if (n.subjectType !== 'relation' || relation === undefined) return t('personalData.aboutPerson');
    return t('personalData.aboutRelation', { name: relation.from === report.person.id ? relation.toName : relation.fromName });
  };
  return (
    <ReportTableSection
      report={report}
      part="notes"
      columns={[
        { header: t('personalData.written'), cell: (n) => fmt.dateTime(n.createdAt), nowrap: true },
        { header: t('personalData.about'), cell: about },
        { header: t('personalData.author'), cell: (n) => n.authorName },
        { header: t('personalData.visibility'), cell: (n) => t(`notes.visibilities.${n.visibility}`) },
        { header: t('notes.body'), cell: (n) => n.body, preWrap: true },
      ]}
    >
      {hidden > 0 ? <Paragraph>{t('personalData.privateNotesOfOthers', { count: hidden })}</Paragraph> : null}
    </ReportTableSection>
  );
}
