import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from '@tanstack/react-query';
import { Button } from '@nl-design-system-candidate/button-react';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import { engagementPlansApi } from '../../api/method.ts';
import { useWorkspace } from '../../auth/workspace-context.ts';
import { PersonLink } from '../../components/PersonLink.tsx';
import { QueryStatus, StatusMessage } from '../../components/QueryStatus.tsx';
import { SubSection } from '../../components/SubSection.tsx';
import { useFormat } from '../../i18n/format.ts';
import { EngagementPlanForm } from './EngagementPlanForm.tsx';

/** The engagement plan for one stakeholder on one theme, shown and edited beside their place on the grid. */
export function PartyEngagement({ themeId, partyId, name }: { themeId: string; partyId: string; name: string }) {
  const { t } = useTranslation();
  const ws = useWorkspace();
  const fmt = useFormat();
  const plans = useQuery({
    queryKey: ['engagement-plans', ws.id, { themeId, partyId }],
    queryFn: () => engagementPlansApi.list(ws.id, { themeId, partyId, limit: 1 }),
  });
  const [editing, setEditing] = useState(false);
  const [status, setStatus] = useState('');
  return (
    <SubSection titleId="party-engagement-title" title={t('engagement.forParty', { name })} level={2}>
      <StatusMessage>{status}</StatusMessage>
      <QueryStatus query={plans}>
        {(page) => {
          const plan = page.data[0];
          if (editing)
            return (
              <EngagementPlanForm
                themeId={themeId}
                plan={plan}
                party={{ id: partyId, name }}
                level={3}
                onCancel={() => setEditing(false)}
                onDone={(message) => {
                  setEditing(false);
                  setStatus(message);
                }}
              />
            );
          return (
            <>
              {plan ? (
                <dl className="kring-details">
                  <dt>{t('engagement.level')}</dt>
                  <dd>{t(`engagementLevels.${plan.level}`)}</dd>
                  <dt>{t('engagement.keyMessage')}</dt>
                  <dd>{plan.keyMessage ?? '—'}</dd>
                  <dt>{t('engagement.channel')}</dt>
                  <dd>{plan.channel ?? '—'}</dd>
                  <dt>{t('engagement.owner')}</dt>
                  <dd>
                    <PersonLink workspaceId={ws.id} id={plan.ownerId} />
                  </dd>
                  <dt>{t('engagement.nextStep')}</dt>
                  <dd>{[plan.nextStep, fmt.shortDate(plan.nextStepDueOn)].filter(Boolean).join(' · ') || '—'}</dd>
                </dl>
              ) : (
                <Paragraph>{t('engagement.none')}</Paragraph>
              )}
              {ws.canEdit ? (
                <div className="kring-actions">
                  <Button purpose="secondary" onClick={() => setEditing(true)}>
                    {plan ? t('engagement.editFor', { name }) : t('engagement.add')}
                  </Button>
                </div>
              ) : null}
            </>
          );
        }}
      </QueryStatus>
    </SubSection>
  );
}
