import { useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import { themesApi } from '../../api/network.ts';
import type { Theme } from '../../api/types.ts';
import { useWorkspace, wsPath } from '../../auth/workspace-context.ts';
import { ButtonLink } from '../../components/AppLink.tsx';
import { RecordHeader } from '../../components/RecordHeader.tsx';
import { NotesSection } from '../../components/NotesSection.tsx';
import { QueryStatus } from '../../components/QueryStatus.tsx';
import { useDocumentTitle } from '../../lib/use-document-title.ts';
import { useFormat } from '../../i18n/format.ts';
import { themeProgress, todayIso } from '../../method/progress.ts';
import { useThemeRecords } from '../../method/use-theme-records.ts';
import { InteractionsSection } from '../interactions/InteractionsSection.tsx';
import { DirectionStep } from './steps/DirectionStep.tsx';
import { DecisionMakersStep, KeyFiguresStep, PositionStep, RoleStep } from './steps/LaterSteps.tsx';
import { ThemeChecklist } from './steps/ThemeChecklist.tsx';

/** The theme's five steps and their progress, from everything linked to it. */
function ThemeSteps({ theme }: { theme: Theme }) {
  const ws = useWorkspace();
  const records = useThemeRecords(ws.id, theme.id);
  const progress = records.isPending
    ? undefined
    : themeProgress(
        {
          theme,
          mandates: records.mandates.data?.data ?? [],
          initiatives: records.initiatives.data?.data ?? [],
          assessments: (records.assessments.data?.data ?? []).filter((a) => theme.organisationIds.includes(a.organisationId)),
          groups: records.groups.data?.data ?? [],
          stakeholderAssessments: records.grid.data?.data ?? [],
          engagementPlans: records.plans.data?.data ?? [],
          decisions: records.decisions.data?.data ?? [],
        },
        todayIso(),
      );
  return (
    <>
      {progress ? <ThemeChecklist progress={progress} /> : null}
      <DirectionStep theme={theme} progress={progress?.steps[0]} />
      <RoleStep theme={theme} records={records} progress={progress} />
      <PositionStep theme={theme} records={records} progress={progress} />
      <KeyFiguresStep theme={theme} records={records} progress={progress} />
      <DecisionMakersStep theme={theme} records={records} progress={progress} />
    </>
  );
}

/** A theme as a guided checklist of the five steps, then its interactions and notes. */
export function ThemePage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const ws = useWorkspace();
  const fmt = useFormat();
  const navigate = useNavigate();
  const client = useQueryClient();
  const theme = useQuery({ queryKey: ['theme', ws.id, id], queryFn: () => themesApi.get(ws.id, id) });
  useDocumentTitle(theme.data?.data.title ?? t('themes.one'));
  return (
    <QueryStatus query={theme}>
      {({ data: th }) => (
        <>
          <RecordHeader
            title={th.title}
            lead={`${t(`themeKinds.${th.kind}`)} · ${t(`themeStatuses.${th.status}`)}`}
            editTo={wsPath(ws.id, `themes/${th.id}/edit`)}
            canEdit={ws.canEdit}
            onDelete={async () => {
              await themesApi.remove(ws.id, th.id);
              await client.invalidateQueries({ queryKey: ['themes', ws.id] });
              navigate(wsPath(ws.id, 'themes'));
            }}
          >
            <ButtonLink to={`${wsPath(ws.id, 'network')}?themeId=${th.id}`}>{t('themes.showNetwork')}</ButtonLink>
            <ButtonLink to={wsPath(ws.id, `themes/${th.id}/story`)}>{t('story.open')}</ButtonLink>
            <ButtonLink to={wsPath(ws.id, `themes/${th.id}/circle`)}>{t('circle.open')}</ButtonLink>
          </RecordHeader>
          <ThemeSteps theme={th} />
          <InteractionsSection filter={{ themeId: th.id }} />
          <NotesSection subjectType="theme" subjectId={th.id} />
          <Paragraph className="kring-muted">{t('record.updated', { date: fmt.dateTime(th.updatedAt) })}</Paragraph>
        </>
      )}
    </QueryStatus>
  );
}
