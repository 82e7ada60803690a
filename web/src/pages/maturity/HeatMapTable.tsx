import { useTranslation } from 'react-i18next';
import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import type { MaturityComparison } from '../../api/types.ts';
import { heatColours } from '../../charts/heat-scale.ts';
import { useFormat } from '../../i18n/format.ts';

/**
 * The heat map: organisations down, dimensions across, each cell the latest score on a
 * light-to-dark scale with the number in it, so the table is its own text equivalent.
 */
export function HeatMapTable({ comparison, titleId }: { comparison: MaturityComparison; titleId: string }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const max = comparison.levelCount;
  return (
    <div className="kring-table-scroll" role="region" aria-labelledby={titleId} tabIndex={0}>
      <Table>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{t('maturity.organisation')}</TableHeaderCell>
            {comparison.dimensions.map((d) => (
              <TableHeaderCell key={d.key} scope="col">
                {d.name}
              </TableHeaderCell>
            ))}
            <TableHeaderCell scope="col">{t('maturity.average')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('maturity.assessedOn')}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {comparison.organisations.map((o) => (
            <TableRow key={o.organisationId}>
              <TableHeaderCell scope="row">{o.organisationName}</TableHeaderCell>
              {comparison.dimensions.map((d, i) => {
                const score = o.latest?.scores[i] ?? null;
                const colours = heatColours(score, 1, max);
                return (
                  <TableCell key={d.key} className="kring-heat-cell" style={colours ?? undefined}>
                    {score ?? <span className="kring-muted">—</span>}
                  </TableCell>
                );
              })}
              <TableCell>{o.latest?.average === null || o.latest === null ? '—' : fmt.number(o.latest.average)}</TableCell>
              <TableCell className="kring-nowrap">{o.latest ? fmt.shortDate(o.latest.assessedOn) : t('maturity.notAssessed')}</TableCell>
            </TableRow>
          ))}
          <TableRow>
            <TableHeaderCell scope="row">{t('maturity.regionMean')}</TableHeaderCell>
            {comparison.summary.map((s) => (
              <TableCell key={s.dimensionKey} className="kring-heat-cell">
                {s.mean === null ? '—' : fmt.number(s.mean)}
              </TableCell>
            ))}
            <TableCell />
            <TableCell />
          </TableRow>
        </TableBody>
      </Table>
    </div>
  );
}
