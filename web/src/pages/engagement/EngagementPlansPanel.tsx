import { useTranslation } from 'react-i18next';
import type { EngagementPlan, Page } from '../../api/types.ts';
import { useWorkspace } from '../../auth/workspace-context.ts';
import { EditableRecordsPanel } from '../../components/EditableRecordsPanel.tsx';
import { PersonLink } from '../../components/PersonLink.tsx';
import { useFormat } from '../../i18n/format.ts';
import { recordPath } from '../../lib/record-path.ts';
import { AppLink } from '../../components/AppLink.tsx';
import { todayIso } from '../../method/progress.ts';
import { EngagementPlanForm } from './EngagementPlanForm.tsx';

type Query = { isPending: boolean; error: unknown; data: Page<EngagementPlan> | undefined };

/** Step 5: the engagement plan per stakeholder of a theme, with an overdue next step marked in words. */
export function EngagementPlansPanel({ themeId, query }: { themeId: string; query: Query }) {
  const { t } = useTranslation();
  const ws = useWorkspace();
  const fmt = useFormat();
  const today = todayIso();
  return (
    <EditableRecordsPanel<EngagementPlan>
      titleId="engagement-title"
      title={t('engagement.title')}
      emptyText={t('engagement.none')}
      addLabel={t('engagement.add')}
      query={query}
      rowName={(p) => p.partyName}
      columns={[
        { header: t('engagement.party'), cell: (p) => <AppLink to={recordPath(ws.id, p.partyType, p.partyId)}>{p.partyName}</AppLink> },
        { header: t('engagement.level'), cell: (p) => t(`engagementLevels.${p.level}`) },
        { header: t('engagement.keyMessage'), cell: (p) => p.keyMessage ?? '' },
        { header: t('engagement.channel'), cell: (p) => p.channel ?? '' },
        { header: t('engagement.owner'), cell: (p) => <PersonLink workspaceId={ws.id} id={p.ownerId} /> },
        {
          header: t('engagement.nextStep'),
          cell: (p) => (
            <>
              {p.nextStep ?? ''}
              {p.nextStepDueOn ? <span className="kring-muted"> ({fmt.shortDate(p.nextStepDueOn)})</span> : null}
              {p.nextStepDueOn && p.nextStepDueOn < today ? <strong> · {t('actionItems.overdue')}</strong> : null}
            </>
          ),
        },
      ]}
      renderForm={(p, done, cancel) => <EngagementPlanForm themeId={themeId} plan={p} onDone={done} onCancel={cancel} />}
    />
  );
}
