import { useTranslation } from 'react-i18next';
import { Heading } from '@nl-design-system-candidate/heading-react';
import { SelectField } from '../components/SelectField.tsx';
import { useFormat } from '../i18n/format.ts';
import { formatMetric } from '../pages/analytics/analytics-query.ts';
import { metricNames, type EncodingLegend } from './metric-encoding.ts';

/** "Size by" (degree or any metric) and "Colour by" (organisation, kind, community or a metric). */
export function EncodingSelects({
  size,
  colour,
  onChange,
}: {
  size: string;
  colour: string;
  onChange: (changes: { size?: string; colour?: string }) => void;
}) {
  const { t } = useTranslation();
  const metricOptions = metricNames.map((m) => ({ value: m, label: t(`metrics.${m}`) }));
  return (
    <>
      <SelectField
        name="size"
        label={t('networkEncoding.sizeBy')}
        value={size}
        options={[{ value: 'degree', label: t('networkEncoding.sizeDegree') }, ...metricOptions]}
        onChange={(value) => onChange({ size: value })}
      />
      <SelectField
        name="colour"
        label={t('networkEncoding.colourBy')}
        value={colour}
        options={[
          { value: 'organisation', label: t('network.colourOrganisation') },
          { value: 'kind', label: t('network.colourKind') },
          { value: 'community', label: t('networkEncoding.colourCommunity') },
          ...metricOptions.map((o) => ({ value: o.value, label: t('networkEncoding.colourMetric', { metric: o.label }) })),
        ]}
        onChange={(value) => onChange({ colour: value })}
      />
    </>
  );
}

/** The legend of a picture coloured by community or by a metric; the list below shows the same values. */
export function EncodingLegendView({ legend, communityLabel }: { legend: EncodingLegend; communityLabel: (c: number) => string }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  return (
    <div className="kring-legend">
      <Heading level={3} appearance="level-5">
        {t('network.legend')}
      </Heading>
      {legend.type === 'community' ? (
        <ul>
          {legend.entries.map((e) => (
            <li key={e.community ?? 'rest'}>
              <span className="kring-legend__swatch" style={{ background: e.colour }} aria-hidden="true" />
              {e.community === null ? t('network.otherGroup') : communityLabel(e.community)}
            </li>
          ))}
        </ul>
      ) : (
        <ul>
          <li>
            {t('networkEncoding.low')}
            {legend.steps.map((colour) => (
              <span key={colour} className="kring-legend__swatch" style={{ background: colour }} aria-hidden="true" />
            ))}
            {t('networkEncoding.high')}
          </li>
          <li>
            {t('networkEncoding.scale', {
              metric: t(`metrics.${legend.metric}`),
              min: formatMetric(legend.min, fmt.locale),
              max: formatMetric(legend.max, fmt.locale),
            })}
          </li>
        </ul>
      )}
    </div>
  );
}
