import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useQuery } from '@tanstack/react-query';
import { Button } from '@nl-design-system-candidate/button-react';
import { Heading } from '@nl-design-system-candidate/heading-react';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import { personalDataApi } from '../../api/personal-data.ts';
import type { PersonalData } from '../../api/types.ts';
import { useWorkspace, wsPath } from '../../auth/workspace-context.ts';
import { AppLink } from '../../components/AppLink.tsx';
import { QueryStatus } from '../../components/QueryStatus.tsx';
import { useFormat } from '../../i18n/format.ts';
import { download } from '../../lib/download.ts';
import { useDocumentTitle } from '../../lib/use-document-title.ts';
import { reportFileName } from './report-file-name.ts';
import { OwnDataSection } from './OwnDataSection.tsx';
import { RelationsReport } from './RelationsReport.tsx';
import { NotesReport } from './NotesReport.tsx';
import { InteractionsReport } from './InteractionsReport.tsx';
import { GroupsReport } from './GroupsReport.tsx';
import { AssessmentsReport, EngagementPlansReport } from './KeyFigureReports.tsx';
import { ActionsReport } from './ActionsReport.tsx';
import { CadenceReport } from './CadenceReport.tsx';
import { HistoryReport } from './HistoryReport.tsx';

/**
 * The subject access report of a person (AVG art. 15): everything the workspace holds about
 * them, to read, print, or hand over as the JSON the server answered.
 */
export function PersonalDataPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const ws = useWorkspace();
  const report = useQuery({
    queryKey: ['personal-data', ws.id, id],
    queryFn: () => personalDataApi.report(ws.id, id),
    // Each request is recorded in the audit log as an export: ask once per visit, never in the background.
    staleTime: Infinity,
    gcTime: 0,
  });
  const name = report.data?.data.person.name;
  useDocumentTitle(name ? t('personalData.title', { name }) : t('personalData.link'));
  return <QueryStatus query={report}>{({ data, text }) => <Report report={data} json={text} />}</QueryStatus>;
}

function Report({ report, json }: { report: PersonalData; json: string }) {
  const { t } = useTranslation();
  const ws = useWorkspace();
  const fmt = useFormat();
  const { person } = report;
  const save = () =>
    download(new Blob([json], { type: 'application/json' }), reportFileName(t('personalData.fileName'), person.name, report.generatedAt));
  return (
    <article>
      <p className="kring-no-print">
        <AppLink to={wsPath(ws.id, `people/${person.id}`)}>{t('personalData.back', { name: person.name })}</AppLink>
      </p>
      <Heading level={1}>{t('personalData.title', { name: person.name })}</Heading>
      <div className="kring-prose">
        <Paragraph>{t('personalData.intro', { name: person.name })}</Paragraph>
        <Paragraph>{t('personalData.privateNotes')}</Paragraph>
        <Paragraph>{t('personalData.logged')}</Paragraph>
        <Paragraph className="kring-muted">{t('personalData.generatedAt', { date: fmt.dateTime(report.generatedAt) })}</Paragraph>
      </div>
      <div className="kring-actions kring-no-print">
        <Button purpose="primary" onClick={save}>
          {t('personalData.download')}
        </Button>
        <Button purpose="secondary" onClick={() => window.print()}>
          {t('personalData.print')}
        </Button>
      </div>
      <OwnDataSection person={person} />
      <RelationsReport report={report} />
      <NotesReport report={report} />
      <InteractionsReport report={report} />
      <GroupsReport report={report} />
      <AssessmentsReport report={report} />
      <EngagementPlansReport report={report} />
      <ActionsReport report={report} />
      <CadenceReport report={report} />
      <HistoryReport report={report} />
    </article>
  );
}
