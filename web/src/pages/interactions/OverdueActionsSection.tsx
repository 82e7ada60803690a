import { useTranslation } from 'react-i18next';
import { useQuery } from '@tanstack/react-query';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import { actionsApi } from '../../api/interactions.ts';
import { useWorkspace, wsPath } from '../../auth/workspace-context.ts';
import { AppLink } from '../../components/AppLink.tsx';
import { PageSection } from '../../components/PageSection.tsx';
import { QueryStatus } from '../../components/QueryStatus.tsx';
import { useFormat } from '../../i18n/format.ts';
import { todayIso } from '../../method/progress.ts';

/** The signed-in user's open actions that are past their due date, oldest first, each linked to its interaction. */
export function OverdueActionsSection() {
  const { t } = useTranslation();
  const ws = useWorkspace();
  const fmt = useFormat();
  const today = todayIso();
  const overdue = useQuery({
    queryKey: ['actions', ws.id, { owner: 'me', overdue: today }],
    queryFn: () => actionsApi.list(ws.id, { owner: 'me', done: 'false', dueBefore: today, sort: 'dueOn', limit: 20 }),
  });
  return (
    <PageSection titleId="overdue-title" title={t('actionItems.overdueTitle')}>
      <QueryStatus query={overdue}>
        {(page) =>
          page.data.length === 0 ? (
            <Paragraph>{t('actionItems.noneOverdue')}</Paragraph>
          ) : (
            <ul className="kring-plain-list">
              {page.data.map((a) => (
                <li key={a.id}>
                  {a.interactionId ? <AppLink to={wsPath(ws.id, `interactions/${a.interactionId}`)}>{a.title}</AppLink> : a.title}{' '}
                  <span className="kring-muted">{t('actionItems.due', { date: fmt.shortDate(a.dueOn) })}</span>
                </li>
              ))}
            </ul>
          )
        }
      </QueryStatus>
    </PageSection>
  );
}
