import { useTranslation } from 'react-i18next';
import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import type { MaturityComparison } from '../../api/types.ts';
import { useFormat } from '../../i18n/format.ts';

/** Each organisation's trend: every assessment's date and average score, oldest first, and the change since the first. */
export function TrendTable({ comparison, titleId }: { comparison: MaturityComparison; titleId: string }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const assessed = comparison.organisations.filter((o) => o.trend.length > 0);
  return (
    <div className="kring-table-scroll" role="region" aria-labelledby={titleId} tabIndex={0}>
      <Table>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{t('maturity.organisation')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('maturity.trend')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('maturity.change')}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {assessed.map((o) => {
            const first = o.trend[0]?.average ?? null;
            const last = o.trend[o.trend.length - 1]?.average ?? null;
            const change = first !== null && last !== null && o.trend.length > 1 ? Math.round((last - first) * 100) / 100 : null;
            return (
              <TableRow key={o.organisationId}>
                <TableHeaderCell scope="row">{o.organisationName}</TableHeaderCell>
                <TableCell>
                  {o.trend.map((p) => `${fmt.shortDate(p.assessedOn)}: ${p.average === null ? '—' : fmt.number(p.average)}`).join(' → ')}
                </TableCell>
                <TableCell className="kring-nowrap">
                  {change === null
                    ? '—'
                    : change > 0
                      ? `▲ +${fmt.number(change)}`
                      : change < 0
                        ? `▼ ${fmt.number(change)}`
                        : `= ${fmt.number(0)}`}
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </div>
  );
}
