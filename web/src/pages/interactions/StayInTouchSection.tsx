import { useTranslation } from 'react-i18next';
import { useQuery } from '@tanstack/react-query';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import { stayInTouchApi } from '../../api/interactions.ts';
import { useWorkspace, wsPath } from '../../auth/workspace-context.ts';
import { AppLink } from '../../components/AppLink.tsx';
import { PageSection } from '../../components/PageSection.tsx';
import { QueryStatus } from '../../components/QueryStatus.tsx';
import { SubSection } from '../../components/SubSection.tsx';
import { useFormat } from '../../i18n/format.ts';

/**
 * The start page's to-do list: people not spoken to within their cadence (chosen, or as a key
 * figure with high power on an active theme), and the user's overdue actions.
 */
export function StayInTouchSection() {
  const { t } = useTranslation();
  const ws = useWorkspace();
  const fmt = useFormat();
  const query = useQuery({ queryKey: ['stay-in-touch', ws.id], queryFn: () => stayInTouchApi.get(ws.id) });
  return (
    <PageSection titleId="stay-in-touch-title" title={t('stayInTouch.title')}>
      <QueryStatus query={query}>
        {(answer) => (
          <div className="kring-columns">
            <SubSection titleId="stay-people-title" title={t('stayInTouch.people')}>
              {answer.people.length === 0 ? (
                <Paragraph>{t('stayInTouch.noPeople')}</Paragraph>
              ) : (
                <ul className="kring-plain-list">
                  {answer.people.map((p) => (
                    <li key={p.personId}>
                      <AppLink to={wsPath(ws.id, `people/${p.personId}`)}>{p.name}</AppLink>{' '}
                      <span className="kring-muted">
                        {p.lastContactOn ? t('stayInTouch.lastContact', { date: fmt.shortDate(p.lastContactOn) }) : t('stayInTouch.never')}
                        {' · '}
                        {p.reason === 'key_figure' ? t('stayInTouch.keyFigure') : t('stayInTouch.every', { count: p.everyDays })}
                      </span>
                    </li>
                  ))}
                </ul>
              )}
            </SubSection>
            <SubSection titleId="stay-actions-title" title={t('actionItems.overdueTitle')}>
              {answer.actions.length === 0 ? (
                <Paragraph>{t('actionItems.noneOverdue')}</Paragraph>
              ) : (
                <ul className="kring-plain-list">
                  {answer.actions.map((a) => (
                    <li key={a.id}>
                      {a.interactionId ? <AppLink to={wsPath(ws.id, `interactions/${a.interactionId}`)}>{a.title}</AppLink> : a.title}{' '}
                      <span className="kring-muted">{t('actionItems.due', { date: fmt.shortDate(a.dueOn) })}</span>
                    </li>
                  ))}
                </ul>
              )}
            </SubSection>
          </div>
        )}
      </QueryStatus>
    </PageSection>
  );
}
