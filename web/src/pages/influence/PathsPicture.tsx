import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Paths } from '../../api/types.ts';
import { layoutPaths, PICTURE_DEFAULTS } from './path-layout.ts';

const RADIUS = 9;

/**
 * The paths as SVG: a column per step, lines as thick as the tie is strong, people as
 * circles and organisations as squares, each with its name. The list is the equivalent.
 */
export function PathsPicture({ answer }: { answer: Paths }) {
  const { t } = useTranslation();
  const titleId = useId();
  const picture = layoutPaths(answer.paths);
  return (
    <div>
      <svg
        viewBox={`0 0 ${picture.width} ${picture.height + 24}`}
        width={picture.width}
        role="img"
        aria-labelledby={titleId}
        className="kring-paths-picture"
        style={{ maxWidth: '100%', height: 'auto' }}
      >
        <title id={titleId}>{t('influence.pictureLabel', { from: answer.from.name, to: answer.to.name })}</title>
        {Array.from({ length: picture.columns - 1 }, (_, i) => (
          <text
            key={i}
            x={PICTURE_DEFAULTS.sideMargin + (i + 0.5) * PICTURE_DEFAULTS.columnWidth}
            y={picture.height + 16}
            textAnchor="middle"
            fontSize={12}
            fill="currentColor"
          >
            {t('influence.step', { n: i + 1 })}
          </text>
        ))}
        {picture.lines.map((line) => (
          <line
            key={line.key}
            x1={line.x1}
            y1={line.y1}
            x2={line.x2}
            y2={line.y2}
            stroke="#5a6b7b"
            strokeWidth={line.width}
            strokeLinecap="round"
          />
        ))}
        {picture.nodes.map((node) => (
          <g key={node.key}>
            {node.kind === 'person' ? (
              <circle cx={node.x} cy={node.y} r={RADIUS} fill="#fff" stroke="#1a3a5c" strokeWidth={2} />
            ) : (
              <rect
                x={node.x - RADIUS}
                y={node.y - RADIUS}
                width={RADIUS * 2}
                height={RADIUS * 2}
                fill="#fff"
                stroke="#1a3a5c"
                strokeWidth={2}
              />
            )}
            <text
              x={node.x}
              y={node.y - RADIUS - 6}
              textAnchor="middle"
              fontSize={12}
              fill="currentColor"
              paintOrder="stroke"
              stroke="#fff"
              strokeWidth={3}
            >
              {node.name}
            </text>
          </g>
        ))}
      </svg>
    </div>
  );
}
