import { useTranslation } from 'react-i18next';
import type { PersonalData, StakeholderAssessment } from '../../api/types.ts';
import { useWorkspace } from '../../auth/workspace-context.ts';
import { AppLink } from '../../components/AppLink.tsx';
import { PersonLink } from '../../components/PersonLink.tsx';
import { useFormat } from '../../i18n/format.ts';
import { recordPath } from '../../lib/record-path.ts';
import { useThemeOptions } from '../../lib/use-theme-options.ts';
import { ReportTableSection } from './ReportTableSection.tsx';

/** A link to a theme by its title, from the themes the workspace already lists (the id while they load). */
function useThemeLink() {
  const ws = useWorkspace();
  const { titleOf } = useThemeOptions(ws.id);
  return (themeId: string) => <AppLink to={recordPath(ws.id, 'theme', themeId)}>{titleOf(themeId) ?? themeId}</AppLink>;
}

/** How the person was judged as a key figure, per theme and date: power, interest, attitude, side and concerns. */
export function AssessmentsReport({ report }: { report: PersonalData }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const themeLink = useThemeLink();
  const concerns = (a: StakeholderAssessment) =>
    [fmt.list(a.concerns.map((c) => t(`stakeholderConcerns.${c}`))), a.concernNote].filter(Boolean).join('. ');
  return (
    <ReportTableSection
      report={report}
      part="stakeholderAssessments"
      columns={[
        { header: t('themes.one'), cell: (a) => themeLink(a.themeId) },
        { header: t('stakeholders.assessedOn'), cell: (a) => fmt.shortDate(a.assessedOn), nowrap: true },
        { header: t('stakeholders.power'), cell: (a) => a.power },
        { header: t('stakeholders.interest'), cell: (a) => a.interest },
        { header: t('stakeholders.attitude'), cell: (a) => t(`attitudes.${String(a.attitude) as '0'}`) },
        { header: t('stakeholders.side'), cell: (a) => t(`stakeholderSides.${a.side}`) },
        { header: t('stakeholders.concerns'), cell: concerns, preWrap: true },
      ]}
    />
  );
}

/** How the person is to be engaged per theme: level, message, channel, who keeps the relationship, and the next step. */
export function EngagementPlansReport({ report }: { report: PersonalData }) {
  const { t } = useTranslation();
  const ws = useWorkspace();
  const fmt = useFormat();
  const themeLink = useThemeLink();
  return (
    <ReportTableSection
      report={report}
      part="engagementPlans"
      columns={[
        { header: t('themes.one'), cell: (p) => themeLink(p.themeId) },
        { header: t('engagement.level'), cell: (p) => t(`engagementLevels.${p.level}`) },
        { header: t('engagement.keyMessage'), cell: (p) => p.keyMessage ?? '', preWrap: true },
        { header: t('engagement.channel'), cell: (p) => p.channel ?? '' },
        { header: t('engagement.owner'), cell: (p) => <PersonLink workspaceId={ws.id} id={p.ownerId} /> },
        {
          header: t('engagement.nextStep'),
          cell: (p) =>
            [p.nextStep, p.nextStepDueOn ? t('actionItems.due', { date: fmt.shortDate(p.nextStepDueOn) }) : null]
              .filter(Boolean)
              .join(', '),
        },
      ]}
    />
  );
}
