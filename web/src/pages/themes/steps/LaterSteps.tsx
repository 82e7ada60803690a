import { useTranslation } from 'react-i18next';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import type { Theme } from '../../../api/types.ts';
import { useWorkspace, wsPath } from '../../../auth/workspace-context.ts';
import { AppLink, ButtonLink } from '../../../components/AppLink.tsx';
import { QueryStatus } from '../../../components/QueryStatus.tsx';
import { SubSection } from '../../../components/SubSection.tsx';
import { useFormat } from '../../../i18n/format.ts';
import { recordPath } from '../../../lib/record-path.ts';
import type { ThemeProgress } from '../../../method/progress.ts';
import type { useThemeRecords } from '../../../method/use-theme-records.ts';
import { DecisionsPanel } from '../../decisions/DecisionsPanel.tsx';
import { EngagementPlansPanel } from '../../engagement/EngagementPlansPanel.tsx';
import { InitiativesPanel } from '../../initiatives/InitiativesPanel.tsx';
import { MandatesPanel } from './MandatesPanel.tsx';
import { MaturitySummary } from './MaturitySummary.tsx';
import { StepSection } from './StepSection.tsx';

interface StepProps {
  theme: Theme;
  records: ReturnType<typeof useThemeRecords>;
  progress?: ThemeProgress;
}

const stepOf = (progress: ThemeProgress | undefined, key: string) => progress?.steps.find((s) => s.key === key);

/** Step 2, role: the mandate and the initiatives the theme could serve. */
export function RoleStep({ theme, records, progress }: StepProps) {
  return (
    <StepSection step="role" progress={stepOf(progress, 'role')}>
      <MandatesPanel themeId={theme.id} query={records.mandates} />
      <InitiativesPanel themeId={theme.id} query={records.initiatives} />
    </StepSection>
  );
}

/** Step 3, position: how many of the theme's organisations are assessed, the way to the comparison, and the groups. */
export function PositionStep({ theme, records, progress }: StepProps) {
  const { t } = useTranslation();
  const ws = useWorkspace();
  return (
    <StepSection step="position" progress={stepOf(progress, 'position')}>
      <SubSection titleId="maturity-title" title={t('maturity.title')}>
        <MaturitySummary theme={theme} assessments={records.assessments.data?.data ?? []} />
        <div className="kring-actions">
          <ButtonLink to={`${wsPath(ws.id, 'maturity')}?themeId=${theme.id}`}>{t('maturity.open')}</ButtonLink>
        </div>
      </SubSection>
      <SubSection titleId="groups-title" title={t('groups.title')}>
        <QueryStatus query={records.groups}>
          {(page) =>
            page.data.length === 0 ? (
              <Paragraph>{t('groups.none')}</Paragraph>
            ) : (
              <ul className="kring-plain-list">
                {page.data.map((g) => (
                  <li key={g.id}>
                    <AppLink to={wsPath(ws.id, `groups/${g.id}`)}>{g.name}</AppLink>{' '}
                    <span className="kring-muted">
                      {t(`groupKinds.${g.kind}`)} · {t('groups.memberCount', { count: g.members.length })}
                    </span>
                  </li>
                ))}
              </ul>
            )
          }
        </QueryStatus>
      </SubSection>
    </StepSection>
  );
}

/** Step 4, key figures: each party's latest assessment, with the grid and keyboard placement on their own page. */
export function KeyFiguresStep({ theme, records, progress }: StepProps) {
  const { t } = useTranslation();
  const ws = useWorkspace();
  const fmt = useFormat();
  return (
    <StepSection step="keyFigures" progress={stepOf(progress, 'keyFigures')}>
      <QueryStatus query={records.grid}>
        {(grid) =>
          grid.data.length === 0 ? (
            <Paragraph>{t('stakeholders.none')}</Paragraph>
          ) : (
            <div className="kring-table-scroll" role="region" aria-labelledby="step-keyFigures-title" tabIndex={0}>
              <Table>
                <TableHeader>
                  <TableRow>
                    <TableHeaderCell scope="col">{t('stakeholders.party')}</TableHeaderCell>
                    <TableHeaderCell scope="col">{t('stakeholders.quadrant')}</TableHeaderCell>
                    <TableHeaderCell scope="col">{t('stakeholders.power')}</TableHeaderCell>
                    <TableHeaderCell scope="col">{t('stakeholders.interest')}</TableHeaderCell>
                    <TableHeaderCell scope="col">{t('stakeholders.attitude')}</TableHeaderCell>
                    <TableHeaderCell scope="col">{t('stakeholders.assessedOn')}</TableHeaderCell>
                  </TableRow>
                </TableHeader>
                <TableBody>
                  {grid.data.map((a) => (
                    <TableRow key={a.id}>
                      <TableCell>
                        <AppLink to={recordPath(ws.id, a.partyType, a.partyId)}>{a.partyName}</AppLink>
                      </TableCell>
                      <TableCell>{t(`mendelowQuadrants.${a.quadrant}`)}</TableCell>
                      <TableCell>{a.power}</TableCell>
                      <TableCell>{a.interest}</TableCell>
                      <TableCell>{t(`attitudes.${String(a.attitude) as '0'}`)}</TableCell>
                      <TableCell className="kring-nowrap">{fmt.shortDate(a.assessedOn)}</TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </div>
          )
        }
      </QueryStatus>
      <div className="kring-actions">
        <ButtonLink to={wsPath(ws.id, `themes/${theme.id}/stakeholders`)}>{t('stakeholders.open')}</ButtonLink>
      </div>
    </StepSection>
  );
}

/** Step 5, decision-makers: how each is engaged, what was decided, and the way to the circle of influence. */
export function DecisionMakersStep({ theme, records, progress }: StepProps) {
  const { t } = useTranslation();
  const ws = useWorkspace();
  return (
    <StepSection step="decisionMakers" progress={stepOf(progress, 'decisionMakers')}>
      <EngagementPlansPanel themeId={theme.id} query={records.plans} />
      <DecisionsPanel themeId={theme.id} query={records.decisions} />
      <SubSection titleId="circle-title" title={t('method.circle')}>
        <Paragraph>{t('method.circleHint')}</Paragraph>
        <div className="kring-actions">
          <ButtonLink to={wsPath(ws.id, `themes/${theme.id}/circle`)}>{t('method.openCircle')}</ButtonLink>
        </div>
      </SubSection>
    </StepSection>
  );
}
