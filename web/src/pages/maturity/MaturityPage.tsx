import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from '@tanstack/react-query';
import { Heading } from '@nl-design-system-candidate/heading-react';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import { Button } from '@nl-design-system-candidate/button-react';
import { maturityModelsApi } from '../../api/method.ts';
import { useWorkspace, wsPath } from '../../auth/workspace-context.ts';
import { RadarChart } from '../../charts/RadarChart.tsx';
import { AppLink } from '../../components/AppLink.tsx';
import { FilterBar } from '../../components/FilterBar.tsx';
import { PageSection } from '../../components/PageSection.tsx';
import { QueryStatus, StatusMessage } from '../../components/QueryStatus.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { useDocumentTitle } from '../../lib/use-document-title.ts';
import { useSearchParamsState } from '../../lib/use-search-params-state.ts';
import { useThemeOptions } from '../../lib/use-theme-options.ts';
import { localised } from '../../method/maturity-texts.ts';
import { AssessmentForm } from './AssessmentForm.tsx';
import { HeatMapTable } from './HeatMapTable.tsx';
import { TrendTable } from './TrendTable.tsx';

/**
 * Step 3, position: where the organisations stand on a maturity model, compared across the
 * region as a radar chart and a heat map (each with its table), their trends, and a form to
 * record a new assessment.
 */
export function MaturityPage() {
  const { t, i18n } = useTranslation();
  useDocumentTitle(t('maturity.title'));
  const ws = useWorkspace();
  const themes = useThemeOptions(ws.id);
  const [filters, setFilters] = useSearchParamsState(['themeId', 'modelId'] as const);
  const models = useQuery({ queryKey: ['maturity-models', ws.id], queryFn: () => maturityModelsApi.list(ws.id, { limit: 50 }) });
  const raw = models.data?.data.find((m) => m.id === filters.modelId) ?? models.data?.data[0];
  const model = raw ? localised(raw, i18n.language) : undefined;
  const comparison = useQuery({
    queryKey: ['maturity-comparison', ws.id, model?.id, filters.themeId],
    queryFn: () => maturityModelsApi.comparison(ws.id, model?.id ?? '', { themeId: filters.themeId || undefined }),
    enabled: !!model,
  });
  const [adding, setAdding] = useState(false);
  const [status, setStatus] = useState('');
  return (
    <>
      <Heading level={1}>{t('maturity.title')}</Heading>
      <Paragraph purpose="lead">{t('maturity.intro')}</Paragraph>
      {filters.themeId ? (
        <Paragraph>
          <AppLink to={`${wsPath(ws.id, `themes/${filters.themeId}`)}#step-position`}>{t('stakeholders.backToTheme')}</AppLink>
        </Paragraph>
      ) : null}
      <FilterBar>
        <SelectField
          name="themeId"
          label={t('maturity.theme')}
          value={filters.themeId}
          emptyLabel={t('maturity.allOrganisations')}
          options={themes.options}
          onChange={(themeId) => setFilters({ themeId })}
        />
        <SelectField
          name="modelId"
          label={t('maturity.model')}
          value={model?.id ?? ''}
          options={(models.data?.data ?? []).map((m) => ({ value: m.id, label: localised(m, i18n.language).name }))}
          onChange={(modelId) => setFilters({ modelId })}
        />
      </FilterBar>
      <StatusMessage>{status}</StatusMessage>
      <QueryStatus query={comparison}>
        {(c) => {
          const series = c.organisations
            .filter((o) => o.latest)
            .map((o) => ({ id: o.organisationId, name: o.organisationName, values: o.latest?.scores ?? [] }));
          const dimensionNames = c.dimensions.map((d) => model?.dimensions.find((x) => x.key === d.key)?.name ?? d.name);
          const named = { ...c, dimensions: c.dimensions.map((d, i) => ({ ...d, name: dimensionNames[i] ?? d.name })) };
          return (
            <>
              <PageSection titleId="radar-title" title={t('maturity.radar')}>
                {series.length === 0 ? (
                  <Paragraph>{t('maturity.none')}</Paragraph>
                ) : (
                  <RadarChart
                    axes={dimensionNames}
                    series={series}
                    levelCount={c.levelCount}
                    label={t('maturity.radarLabel', { count: series.length })}
                  />
                )}
              </PageSection>
              <PageSection titleId="heat-title" title={t('maturity.heatMap')}>
                <Paragraph>{t('maturity.heatMapIntro', { levels: c.levelCount })}</Paragraph>
                <HeatMapTable comparison={named} titleId="heat-title" />
              </PageSection>
              <PageSection titleId="trend-title" title={t('maturity.trends')}>
                <TrendTable comparison={named} titleId="trend-title" />
              </PageSection>
              {ws.canEdit && model ? (
                <PageSection titleId="assess-title" title={t('maturity.add')}>
                  {adding ? (
                    <AssessmentForm
                      model={model}
                      organisations={c.organisations.map((o) => ({ id: o.organisationId, name: o.organisationName }))}
                      onCancel={() => setAdding(false)}
                      onDone={(message) => {
                        setAdding(false);
                        setStatus(message);
                      }}
                    />
                  ) : (
                    <div className="kring-actions">
                      <Button purpose="secondary" onClick={() => setAdding(true)}>
                        {t('maturity.add')}
                      </Button>
                    </div>
                  )}
                </PageSection>
              ) : null}
            </>
          );
        }}
      </QueryStatus>
    </>
  );
}
