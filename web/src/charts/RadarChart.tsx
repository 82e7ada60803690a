import { useId } from 'react';
import { labelPlacement, radarPoint, radarPolygon, radarRings, type RadarFrame } from './radar-geometry.ts';

/** One organisation's scores, in the order of the axes. */
export interface RadarSeries {
  id: string;
  name: string;
  values: ReadonlyArray<number | null>;
}

interface RadarChartProps {
  axes: readonly string[];
  series: readonly RadarSeries[];
  levelCount: number;
  /** The text alternative; a table beside the chart holds the same data. */
  label: string;
}

/** Colours and dash patterns per series: a series is told apart by its line, not by colour alone. */
export const seriesStyles = [
  { colour: '#1f5fa8', dash: '' },
  { colour: '#b45309', dash: '6 3' },
  { colour: '#2e7d32', dash: '2 3' },
  { colour: '#7b1fa2', dash: '10 3 2 3' },
  { colour: '#c62828', dash: '4 4' },
  { colour: '#00695c', dash: '1 2' },
  { colour: '#4e342e', dash: '12 4' },
  { colour: '#37474f', dash: '8 2 2 2 2 2' },
] as const;

const SIZE = 420;
const frame = (levelCount: number): RadarFrame => ({ cx: SIZE / 2, cy: SIZE / 2, radius: 140, min: 1, max: Math.max(2, levelCount) });

/** A radar chart of maturity per dimension, one outlined polygon per organisation, rings at each level. */
export function RadarChart({ axes, series, levelCount, label }: RadarChartProps) {
  const titleId = useId();
  const f = frame(levelCount);
  const n = axes.length;
  return (
    <figure className="kring-radar">
      <svg viewBox={`0 0 ${SIZE} ${SIZE}`} role="img" aria-labelledby={titleId} className="kring-radar__chart">
        <title id={titleId}>{label}</title>
        {radarRings(f, n).map((ring) => (
          <polygon key={ring.level} points={ring.points} className="kring-radar__ring" />
        ))}
        {axes.map((axis, i) => {
          const end = radarPoint(f, i, n, f.max);
          const place = labelPlacement(f, i, n);
          return (
            <g key={axis}>
              <line x1={f.cx} y1={f.cy} x2={end.x} y2={end.y} className="kring-radar__axis" />
              <text x={place.x} y={place.y} textAnchor={place.anchor} className="kring-radar__label">
                {axis}
              </text>
            </g>
          );
        })}
        {series.map((s, i) => {
          const style = seriesStyles[i % seriesStyles.length] ?? seriesStyles[0];
          return (
            <polygon
              key={s.id}
              points={radarPolygon(f, s.values)}
              fill={style.colour}
              fillOpacity={0.08}
              stroke={style.colour}
              strokeWidth={2.5}
              strokeDasharray={style.dash || undefined}
            />
          );
        })}
      </svg>
      <figcaption>
        <ul className="kring-legend-list">
          {series.map((s, i) => {
            const style = seriesStyles[i % seriesStyles.length] ?? seriesStyles[0];
            return (
              <li key={s.id}>
                <svg width="32" height="10" aria-hidden="true">
                  <line x1="0" y1="5" x2="32" y2="5" stroke={style.colour} strokeWidth="3" strokeDasharray={style.dash || undefined} />
                </svg>{' '}
                {s.name}
              </li>
            );
          })}
        </ul>
      </figcaption>
    </figure>
  );
}
