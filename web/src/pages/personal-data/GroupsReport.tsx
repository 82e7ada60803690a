import { useTranslation } from 'react-i18next';
import type { PersonalData } from '../../api/types.ts';
import { useWorkspace, wsPath } from '../../auth/workspace-context.ts';
import { AppLink } from '../../components/AppLink.tsx';
import { ReportTableSection } from './ReportTableSection.tsx';

/** The groups the person is a member of, and in which role. */
export function GroupsReport({ report }: { report: PersonalData }) {
  const { t } = useTranslation();
  const ws = useWorkspace();
  return (
    <ReportTableSection
      report={report}
      part="groups"
      columns={[
        { header: t('fields.name'), cell: (g) => <AppLink to={wsPath(ws.id, `groups/${g.id}`)}>{g.name}</AppLink> },
        { header: t('fields.kind'), cell: (g) => t(`groupKinds.${g.kind}`) },
        { header: t('groups.role'), cell: (g) => t(`groupMemberRoles.${g.role}`) },
      ]}
    />
  );
}
