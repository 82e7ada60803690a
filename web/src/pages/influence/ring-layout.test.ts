import { describe, expect, it } from 'vitest';
import { layoutRings, NOT_REACHED, percent, ringMembers } from './ring-layout.ts';

const n = (id: string, name = id) => ({ id, kind: 'person' as const, name });

describe('ringMembers', () => {
  it('rings people by steps and puts the missed and the far in the outer ring, nearest first', () => {
    const members = ringMembers(
      [
        { node: n('c', 'Carla'), steps: 2 },
        { node: n('a', 'Anna'), steps: 1 },
        { node: n('f', 'Fleur'), steps: 5 },
      ],
      [n('m', 'Mees')],
    );
    expect(members.map((m) => [m.node.name, m.ring])).toEqual([
      ['Anna', 1],
      ['Carla', 2],
      ['Fleur', NOT_REACHED],
      ['Mees', NOT_REACHED],
    ]);
  });
});

describe('layoutRings', () => {
  it('places everyone on the circle of their ring', () => {
    const members = ringMembers(
      [
        { node: n('a'), steps: 1 },
        { node: n('b'), steps: 1 },
        { node: n('c'), steps: 3 },
      ],
      [n('d')],
    );
    const picture = layoutRings(members, 400);
    expect(picture.radii).toEqual([40, 80, 120, 160]);
    for (const m of picture.members) {
      const r = Math.hypot(m.x - picture.centre, m.y - picture.centre);
      expect(r).toBeCloseTo(picture.radii[m.ring - 1] ?? NaN, 0);
    }
  });

  it('spreads the people of one ring evenly: two are opposite each other', () => {
    const picture = layoutRings(
      ringMembers(
        [
          { node: n('a'), steps: 1 },
          { node: n('b'), steps: 1 },
        ],
        [],
      ),
      400,
    );
    const [a, b] = picture.members;
    if (!a || !b) throw new Error('two members expected');
    expect(a.x + b.x).toBeCloseTo(400, 0);
    expect(a.y + b.y).toBeCloseTo(400, 0);
    expect(a).toMatchObject({ x: 200, y: 160, anchor: 'middle' });
  });

  it('labels point away from the centre', () => {
    const picture = layoutRings(
      ringMembers(
        [1, 1, 1, 1].map((s, i) => ({ node: n(`p${i}`), steps: s })),
        [],
      ),
      400,
    );
    for (const m of picture.members) {
      if (m.anchor === 'start') expect(m.x).toBeGreaterThan(200);
      if (m.anchor === 'end') expect(m.x).toBeLessThan(200);
    }
    expect(picture.members.map((m) => m.anchor)).toEqual(['middle', 'start', 'middle', 'end']);
  });
});

describe('percent', () => {
  it('formats a share as a whole percentage, Dutch and English', () => {
    expect(percent(2 / 3, 'en-GB')).toBe('67%');
    expect(percent(0.5, 'nl-NL')).toMatch(/^50\s?%$/);
    expect(percent(null, 'nl-NL')).toBe('');
  });
});
