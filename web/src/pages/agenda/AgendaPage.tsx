import { useTranslation } from 'react-i18next';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { themeKinds, themeStatuses } from '../../api/types.ts';
import { useWorkspace, wsPath } from '../../auth/workspace-context.ts';
import { AppLink } from '../../components/AppLink.tsx';
import { FilterBar } from '../../components/FilterBar.tsx';
import { ListHeader } from '../../components/ListHeader.tsx';
import { Loading, LoadError } from '../../components/QueryStatus.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { SubSection } from '../../components/SubSection.tsx';
import { useFormat } from '../../i18n/format.ts';
import { useDocumentTitle } from '../../lib/use-document-title.ts';
import { useSearchParamsState } from '../../lib/use-search-params-state.ts';
import { agendaGroupings, groupThemes, progressByTheme, type AgendaGrouping } from '../../method/agenda.ts';
import { todayIso } from '../../method/progress.ts';
import { useWorkspaceRecords } from '../../method/use-workspace-records.ts';
import { ThemeKindStatusFilters } from '../themes/ThemeKindStatusFilters.tsx';
import { StepStrip } from './StepStrip.tsx';

/** The administrative agenda: every theme, grouped by status, kind or horizon, with how far each is in the five steps. */
export function AgendaPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('agenda.title'));
  const ws = useWorkspace();
  const fmt = useFormat();
  const [filters, setFilters] = useSearchParamsState(['by', 'status', 'kind'] as const, { by: 'status' });
  const by = (agendaGroupings as readonly string[]).includes(filters.by) ? (filters.by as AgendaGrouping) : 'status';
  const { themes, records, isPending, error } = useWorkspaceRecords(ws.id);
  const shown = themes.filter((th) => (!filters.status || th.status === filters.status) && (!filters.kind || th.kind === filters.kind));
  const progress = progressByTheme(shown, records, todayIso());
  const order = by === 'status' ? themeStatuses : themeKinds;
  const groupName = (key: string) =>
    by === 'status'
      ? t(`themeStatuses.${key as (typeof themeStatuses)[number]}`)
      : by === 'kind'
        ? t(`themeKinds.${key as (typeof themeKinds)[number]}`)
        : key === 'none'
          ? t('agenda.noHorizon')
          : t('agenda.horizonYear', { year: key });
  return (
    <>
      <ListHeader title={t('agenda.title')} newLabel={t('themes.new')} newTo={wsPath(ws.id, 'themes/new')} canEdit={ws.canEdit} />
      <Paragraph purpose="lead">{t('agenda.intro')}</Paragraph>
      <FilterBar>
        <SelectField
          name="by"
          label={t('agenda.groupBy')}
          value={by}
          options={agendaGroupings.map((g) => ({ value: g, label: t(`agenda.groupings.${g}`) }))}
          onChange={(v) => setFilters({ by: v })}
        />
        <ThemeKindStatusFilters kind={filters.kind} status={filters.status} onChange={setFilters} />
      </FilterBar>
      {error ? <LoadError error={error} /> : null}
      {isPending ? (
        <Loading />
      ) : shown.length === 0 ? (
        <Paragraph role="status">{t('list.empty')}</Paragraph>
      ) : (
        groupThemes(shown, by, order).map((group) => {
          const titleId = `agenda-${group.key}`;
          return (
            <SubSection key={group.key} titleId={titleId} title={`${groupName(group.key)} (${group.themes.length})`} level={2}>
              <div className="kring-table-scroll" role="region" aria-labelledby={titleId} tabIndex={0}>
                <Table>
                  <TableHeader>
                    <TableRow>
                      <TableHeaderCell scope="col">{t('fields.title')}</TableHeaderCell>
                      <TableHeaderCell scope="col">{t('fields.kind')}</TableHeaderCell>
                      <TableHeaderCell scope="col">{t('fields.status')}</TableHeaderCell>
                      <TableHeaderCell scope="col">{t('fields.horizon')}</TableHeaderCell>
                      <TableHeaderCell scope="col">{t('agenda.progress')}</TableHeaderCell>
                      <TableHeaderCell scope="col">{t('agenda.steps')}</TableHeaderCell>
                    </TableRow>
                  </TableHeader>
                  <TableBody>
                    {group.themes.map((th) => {
                      const p = progress.get(th.id);
                      return (
                        <TableRow key={th.id}>
                          <TableCell>
                            <AppLink to={wsPath(ws.id, `themes/${th.id}`)}>{th.title}</AppLink>
                          </TableCell>
                          <TableCell>{t(`themeKinds.${th.kind}`)}</TableCell>
                          <TableCell>{t(`themeStatuses.${th.status}`)}</TableCell>
                          <TableCell className="kring-nowrap">{fmt.shortDate(th.horizon)}</TableCell>
                          <TableCell className="kring-nowrap">{p ? t('agenda.doneOf', { done: p.done, total: p.total }) : ''}</TableCell>
                          <TableCell>{p ? <StepStrip progress={p} /> : null}</TableCell>
                        </TableRow>
                      );
                    })}
                  </TableBody>
                </Table>
              </div>
            </SubSection>
          );
        })
      )}
    </>
  );
}
