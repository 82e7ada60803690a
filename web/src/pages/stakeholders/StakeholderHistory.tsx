import { useTranslation } from 'react-i18next';
import { useQuery } from '@tanstack/react-query';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { stakeholderAssessmentsApi } from '../../api/method.ts';
import { useWorkspace } from '../../auth/workspace-context.ts';
import { QueryStatus } from '../../components/QueryStatus.tsx';
import { SubSection } from '../../components/SubSection.tsx';
import { useFormat } from '../../i18n/format.ts';

/** How a stakeholder's place on the grid changed over time: every dated assessment on this theme, newest first. */
export function StakeholderHistory({ themeId, partyId, name }: { themeId: string; partyId: string; name: string }) {
  const { t } = useTranslation();
  const ws = useWorkspace();
  const fmt = useFormat();
  const history = useQuery({
    queryKey: ['stakeholder-assessments', ws.id, { themeId, partyId }],
    queryFn: () => stakeholderAssessmentsApi.list(ws.id, { themeId, partyId, sort: '-assessedOn', limit: 50 }),
  });
  return (
    <SubSection titleId="history-title" title={t('stakeholders.historyOf', { name })} level={2}>
      <QueryStatus query={history}>
        {(page) =>
          page.data.length === 0 ? (
            <Paragraph>{t('stakeholders.noHistory')}</Paragraph>
          ) : (
            <div className="kring-table-scroll" role="region" aria-labelledby="history-title" tabIndex={0}>
              <Table>
                <TableHeader>
                  <TableRow>
                    <TableHeaderCell scope="col">{t('stakeholders.assessedOn')}</TableHeaderCell>
                    <TableHeaderCell scope="col">{t('stakeholders.power')}</TableHeaderCell>
                    <TableHeaderCell scope="col">{t('stakeholders.interest')}</TableHeaderCell>
                    <TableHeaderCell scope="col">{t('stakeholders.attitude')}</TableHeaderCell>
                    <TableHeaderCell scope="col">{t('stakeholders.quadrant')}</TableHeaderCell>
                    <TableHeaderCell scope="col">{t('stakeholders.type')}</TableHeaderCell>
                  </TableRow>
                </TableHeader>
                <TableBody>
                  {page.data.map((a) => (
                    <TableRow key={a.id}>
                      <TableCell className="kring-nowrap">{fmt.shortDate(a.assessedOn)}</TableCell>
                      <TableCell>{a.power}</TableCell>
                      <TableCell>{a.interest}</TableCell>
                      <TableCell>{t(`attitudes.${String(a.attitude) as '0'}`)}</TableCell>
                      <TableCell>{t(`mendelowQuadrants.${a.quadrant}`)}</TableCell>
                      <TableCell>{t(`stakeholderTypes.${a.stakeholderType}`)}</TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </div>
          )
        }
      </QueryStatus>
    </SubSection>
  );
}
