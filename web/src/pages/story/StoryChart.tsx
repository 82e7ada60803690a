import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { StoryBlock } from '../../api/types.ts';
import { niceCeiling, ticks, yScale } from '../../../../src/domain/chart-scale.ts';
import { StoryTable } from './StoryTable.tsx';

type ChartBlock = Extract<StoryBlock, { kind: 'lineChart' | 'barChart' }>;

const WIDTH = 640;
const HEIGHT = 220;
const LEFT = 40;
const BOTTOM = 24;

/** A line or grouped-bar chart of the story, followed by the table with the same figures. */
export function StoryChart({ block }: { block: ChartBlock }) {
  const { t } = useTranslation();
  const captionId = useId();
  const max = block.kind === 'barChart' ? block.max : niceCeiling(Math.max(0, ...block.series.flatMap((s) => s.values)));
  const plotWidth = WIDTH - LEFT;
  const plotHeight = HEIGHT - BOTTOM;
  const y = yScale(max, plotHeight);
  const slot = plotWidth / Math.max(block.labels.length, 1);
  return (
    <figure className="kring-story-chart" aria-labelledby={captionId}>
      <figcaption id={captionId}>{block.caption}</figcaption>
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={t('story.chartLabel', { caption: block.caption })}>
        {ticks(max).map((tick) => (
          <g key={tick} className="kring-story-chart__grid">
            <line x1={LEFT} x2={WIDTH} y1={y(tick)} y2={y(tick)} />
            <text x={LEFT - 6} y={y(tick) + 4} textAnchor="end">
              {Number.isInteger(tick) ? tick : tick.toFixed(1)}
            </text>
          </g>
        ))}
        {block.labels.map((label, index) => (
          <text key={label} className="kring-story-chart__label" x={LEFT + slot * (index + 0.5)} y={HEIGHT - 6} textAnchor="middle">
            {label}
          </text>
        ))}
        {block.series.map((series, index) =>
          block.kind === 'lineChart' ? (
            <polyline
              key={series.name}
              className={`kring-story-chart__line kring-series-${index % 6}`}
              points={series.values.map((value, i) => `${LEFT + slot * (i + 0.5)},${y(value)}`).join(' ')}
            />
          ) : (
            series.values.map((value, i) => {
              const width = (slot * 0.8) / block.series.length;
              return (
                <rect
                  key={`${series.name}-${block.labels[i]}`}
                  className={`kring-series-${index % 6}`}
                  x={LEFT + slot * i + slot * 0.1 + width * index}
                  y={y(value)}
                  width={Math.max(width - 1, 1)}
                  height={plotHeight - y(value)}
                />
              );
            })
          ),
        )}
      </svg>
      <ul className="kring-story-chart__legend">
        {block.series.map((series, index) => (
          <li key={series.name}>
            <span className={`kring-story-chart__swatch kring-series-${index % 6}`} aria-hidden="true" />
            {series.name}
          </li>
        ))}
      </ul>
      <StoryTable caption={t('story.chartTable', { caption: block.caption })} table={block.table} />
    </figure>
  );
}
