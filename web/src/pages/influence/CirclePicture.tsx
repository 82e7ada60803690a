import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import { layoutRings, NOT_REACHED, type RingMember } from './ring-layout.ts';

const MARK = 8;
// Room beside the outer ring for the names of the people on it.
const PAD = 140;

/** A diamond: decision-makers are marked by shape and name, never by colour alone. */
const diamond = (x: number, y: number) => `${x},${y - MARK} ${x + MARK},${y} ${x},${y + MARK} ${x - MARK},${y}`;

/**
 * The circle of influence as SVG: you at the centre, rings at 1, 2 and 3 steps and a dashed
 * outer ring for those not reached; every decision-maker a named diamond. The table beside it
 * holds the same data.
 */
export function CirclePicture({ members }: { members: RingMember[] }) {
  const { t } = useTranslation();
  const titleId = useId();
  const picture = layoutRings(members);
  const { centre, size } = picture;
  return (
    <figure className="kring-circle-figure">
      <svg
        viewBox={`${-PAD} 0 ${size + 2 * PAD} ${size}`}
        width={size + 2 * PAD}
        role="img"
        aria-labelledby={titleId}
        style={{ maxWidth: '100%', height: 'auto' }}
      >
        <title id={titleId}>{t('circle.pictureLabel')}</title>
        {picture.radii.map((r, i) => {
          const ring = i + 1;
          return (
            <g key={ring}>
              <circle
                cx={centre}
                cy={centre}
                r={r}
                fill="none"
                stroke="#6b7785"
                strokeWidth={1}
                strokeDasharray={ring === NOT_REACHED ? '6 4' : undefined}
              />
              <text x={centre} y={centre - r + 14} textAnchor="middle" fontSize={11} fill="#4b5561">
                {ring === NOT_REACHED ? t('circle.notReached') : t('circle.ringN', { count: ring })}
              </text>
            </g>
          );
        })}
        <circle cx={centre} cy={centre} r={14} fill="#1a3a5c" />
        <text x={centre} y={centre + 4} textAnchor="middle" fontSize={11} fill="#fff">
          {t('circle.you')}
        </text>
        {picture.members.map((m) => (
          <g key={m.node.id}>
            <polygon points={diamond(m.x, m.y)} fill={m.ring <= 2 ? '#1a3a5c' : '#fff'} stroke="#1a3a5c" strokeWidth={2} />
            <text
              x={m.x + (m.anchor === 'start' ? MARK + 4 : m.anchor === 'end' ? -MARK - 4 : 0)}
              y={m.anchor === 'middle' ? m.y - MARK - 4 : m.y + 4}
              textAnchor={m.anchor}
              fontSize={12}
              fill="currentColor"
              paintOrder="stroke"
              stroke="#fff"
              strokeWidth={3}
            >
              {m.node.name}
            </text>
          </g>
        ))}
      </svg>
      <figcaption>
        <Paragraph className="kring-muted">
          {t('circle.legendYou')} · {t('circle.legendDecisionMaker')} · {t('circle.legendFilled')}
        </Paragraph>
      </figcaption>
    </figure>
  );
}
