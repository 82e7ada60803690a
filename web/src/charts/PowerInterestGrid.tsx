import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { placeStakeholders, quadrantRects, type GridFrame } from './grid-geometry.ts';

/** One stakeholder on the grid; `n` is its number in the table beside the picture. */
export interface GridPoint {
  id: string;
  n: number;
  name: string;
  power: number;
  interest: number;
}

interface PowerInterestGridProps {
  points: GridPoint[];
  selectedId?: string | null;
  /** Where the placement being edited would put the selected stakeholder, drawn as an outline. */
  draft?: { power: number; interest: number } | null;
  /** The text alternative; the table beside the picture holds the same data. */
  label: string;
}

const SIZE = 460;
const frame: GridFrame = { left: 60, top: 20, width: SIZE - 80, height: SIZE - 80, min: 1, max: 5 };

/**
 * Mendelow's power/interest grid as SVG: four labelled quadrants, each stakeholder a numbered
 * dot. It is a picture for sighted users; the table next to it is the equivalent for everyone.
 */
export function PowerInterestGrid({ points, selectedId, draft, label }: PowerInterestGridProps) {
  const { t } = useTranslation();
  const titleId = useId();
  const placed = placeStakeholders(frame, points, 22);
  const draftPoint = draft ? placeStakeholders(frame, [{ id: 'draft', ...draft }])[0] : undefined;
  return (
    <svg className="kring-grid-chart" viewBox={`0 0 ${SIZE} ${SIZE}`} role="img" aria-labelledby={titleId}>
      <title id={titleId}>{label}</title>
      {quadrantRects(frame).map((q) => (
        <g key={q.quadrant}>
          <rect
            x={q.x}
            y={q.y}
            width={q.width}
            height={q.height}
            className={`kring-grid-chart__quadrant kring-grid-chart__quadrant--${q.quadrant}`}
          />
          <text x={q.x + 8} y={q.y + 18} className="kring-grid-chart__quadrant-label">
            {t(`mendelowQuadrants.${q.quadrant}`)}
          </text>
        </g>
      ))}
      <text x={frame.left + frame.width / 2} y={SIZE - 24} textAnchor="middle" className="kring-grid-chart__axis">
        {t('stakeholders.interest')} →
      </text>
      <text
        x={20}
        y={frame.top + frame.height / 2}
        textAnchor="middle"
        transform={`rotate(-90 20 ${frame.top + frame.height / 2})`}
        className="kring-grid-chart__axis"
      >
        {t('stakeholders.power')} →
      </text>
      {[1, 2, 3, 4, 5].map((v) => {
        const step = frame.width / 5;
        return (
          <g key={v} className="kring-grid-chart__tick">
            <text x={frame.left + step * (v - 0.5)} y={frame.top + frame.height + 16} textAnchor="middle">
              {v}
            </text>
            <text x={frame.left - 10} y={frame.top + frame.height - step * (v - 0.5) + 4} textAnchor="end">
              {v}
            </text>
          </g>
        );
      })}
      {placed.map((p) => (
        <g
          key={p.id}
          className={p.id === selectedId ? 'kring-grid-chart__point kring-grid-chart__point--selected' : 'kring-grid-chart__point'}
        >
          <circle cx={p.x} cy={p.y} r={10} />
          <text x={p.x} y={p.y + 4} textAnchor="middle">
            {p.n}
          </text>
        </g>
      ))}
      {draftPoint ? <circle cx={draftPoint.x} cy={draftPoint.y} r={14} className="kring-grid-chart__draft" /> : null}
    </svg>
  );
}
