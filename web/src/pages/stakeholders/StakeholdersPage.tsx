import { useState } from 'react';
import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useQuery } from '@tanstack/react-query';
import { Heading } from '@nl-design-system-candidate/heading-react';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import { Button } from '@nl-design-system-candidate/button-react';
import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { stakeholderAssessmentsApi } from '../../api/method.ts';
import { themesApi } from '../../api/network.ts';
import type { StakeholderAssessment } from '../../api/types.ts';
import { useWorkspace, wsPath } from '../../auth/workspace-context.ts';
import { PowerInterestGrid } from '../../charts/PowerInterestGrid.tsx';
import { AppLink } from '../../components/AppLink.tsx';
import { PageSection } from '../../components/PageSection.tsx';
import { QueryStatus, StatusMessage } from '../../components/QueryStatus.tsx';
import { useDocumentTitle } from '../../lib/use-document-title.ts';
import { recordPath } from '../../lib/record-path.ts';
import { useFormat } from '../../i18n/format.ts';
import { themeKey } from '../../method/use-theme-records.ts';
import { PlacementForm, placementFrom, type Placement } from './PlacementForm.tsx';
import { StakeholderHistory } from './StakeholderHistory.tsx';
import { PartyEngagement } from '../engagement/PartyEngagement.tsx';

/**
 * Step 4 of a theme: the key figures on Mendelow's power/interest grid, the same data as a
 * table, placing a stakeholder with the keyboard, and each one's history.
 */
export function StakeholdersPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const ws = useWorkspace();
  const fmt = useFormat();
  const theme = useQuery({ queryKey: ['theme', ws.id, id], queryFn: () => themesApi.get(ws.id, id) });
  const grid = useQuery({ queryKey: themeKey('stakeholder-grid', ws.id, id), queryFn: () => stakeholderAssessmentsApi.grid(ws.id, id) });
  const [selected, setSelected] = useState<StakeholderAssessment | null>(null);
  const [placement, setPlacement] = useState<Placement | null>(null);
  const [status, setStatus] = useState('');
  const title = t('stakeholders.pageTitle', { theme: theme.data?.data.title ?? '' });
  useDocumentTitle(title);
  const select = (a: StakeholderAssessment | null) => {
    setSelected(a);
    setPlacement(placementFrom(a ?? undefined));
    setStatus('');
  };
  return (
    <>
      <Heading level={1}>{title}</Heading>
      <Paragraph purpose="lead">{t('stakeholders.intro')}</Paragraph>
      <Paragraph>
        <AppLink to={`${wsPath(ws.id, `themes/${id}`)}#step-keyFigures`}>{t('stakeholders.backToTheme')}</AppLink>
      </Paragraph>
      <StatusMessage>{status}</StatusMessage>
      <QueryStatus query={grid}>
        {(answer) => {
          const points = answer.data.map((a, i) => ({ id: a.partyId, n: i + 1, name: a.partyName, power: a.power, interest: a.interest }));
          return (
            <PageSection titleId="grid-title" title={t('stakeholders.gridTitle')}>
              <div className="kring-chart-layout">
                <PowerInterestGrid
                  points={points}
                  selectedId={selected?.partyId ?? placement?.partyId}
                  draft={placement ? { power: placement.power, interest: placement.interest } : null}
                  label={t('stakeholders.gridLabel', { count: points.length })}
                />
                {answer.data.length === 0 ? (
                  <Paragraph>{t('stakeholders.none')}</Paragraph>
                ) : (
                  <div className="kring-table-scroll" role="region" aria-labelledby="grid-title" tabIndex={0}>
                    <Table>
                      <TableHeader>
                        <TableRow>
                          <TableHeaderCell scope="col">{t('stakeholders.number')}</TableHeaderCell>
                          <TableHeaderCell scope="col">{t('stakeholders.party')}</TableHeaderCell>
                          <TableHeaderCell scope="col">{t('stakeholders.power')}</TableHeaderCell>
                          <TableHeaderCell scope="col">{t('stakeholders.interest')}</TableHeaderCell>
                          <TableHeaderCell scope="col">{t('stakeholders.quadrant')}</TableHeaderCell>
                          <TableHeaderCell scope="col">{t('stakeholders.attitude')}</TableHeaderCell>
                          <TableHeaderCell scope="col">{t('stakeholders.assessedOn')}</TableHeaderCell>
                          <TableHeaderCell scope="col">
                            <span className="kring-visually-hidden">{t('actions.actions')}</span>
                          </TableHeaderCell>
                        </TableRow>
                      </TableHeader>
                      <TableBody>
                        {answer.data.map((a, i) => (
                          <TableRow key={a.id}>
                            <TableCell>{i + 1}</TableCell>
                            <TableCell>
                              <AppLink to={recordPath(ws.id, a.partyType, a.partyId)}>{a.partyName}</AppLink>
                            </TableCell>
                            <TableCell>{a.power}</TableCell>
                            <TableCell>{a.interest}</TableCell>
                            <TableCell>{t(`mendelowQuadrants.${a.quadrant}`)}</TableCell>
                            <TableCell>{t(`attitudes.${String(a.attitude) as '0'}`)}</TableCell>
                            <TableCell className="kring-nowrap">{fmt.shortDate(a.assessedOn)}</TableCell>
                            <TableCell>
                              <Button purpose="subtle" aria-pressed={selected?.partyId === a.partyId} onClick={() => select(a)}>
                                {t('stakeholders.select')}
                                <span className="kring-visually-hidden"> {a.partyName}</span>
                              </Button>
                            </TableCell>
                          </TableRow>
                        ))}
                      </TableBody>
                    </Table>
                  </div>
                )}
              </div>
              {ws.canEdit && placement === null ? (
                <div className="kring-actions">
                  <Button purpose="secondary" onClick={() => select(null)}>
                    {t('stakeholders.addParty')}
                  </Button>
                </div>
              ) : null}
              {ws.canEdit && placement ? (
                <PlacementForm
                  key={selected?.id ?? 'new'}
                  themeId={id}
                  latest={selected ?? undefined}
                  placement={placement}
                  onChange={setPlacement}
                  onCancel={() => {
                    setPlacement(null);
                    setSelected(null);
                  }}
                  onDone={(message) => {
                    setPlacement(null);
                    setStatus(message);
                  }}
                />
              ) : null}
            </PageSection>
          );
        }}
      </QueryStatus>
      {selected ? <StakeholderHistory themeId={id} partyId={selected.partyId} name={selected.partyName} /> : null}
      {selected ? <PartyEngagement key={selected.partyId} themeId={id} partyId={selected.partyId} name={selected.partyName} /> : null}
    </>
  );
}
