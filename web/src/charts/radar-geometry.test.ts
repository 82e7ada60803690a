import { describe, expect, it } from 'vitest';
import { axisAngle, labelPlacement, radarPoint, radarPolygon, radarRings, type RadarFrame } from './radar-geometry.ts';

const frame: RadarFrame = { cx: 100, cy: 100, radius: 80, min: 0, max: 4 };

describe('radar geometry', () => {
  it('starts the first axis at the top and goes clockwise', () => {
    expect(axisAngle(0, 4)).toBeCloseTo(-Math.PI / 2);
    expect(radarPoint(frame, 0, 4, 4)).toEqual({ x: 100, y: 20 });
    expect(radarPoint(frame, 1, 4, 4)).toEqual({ x: 180, y: 100 });
    expect(radarPoint(frame, 2, 4, 2)).toEqual({ x: 100, y: 140 });
    expect(radarPoint(frame, 3, 4, 1)).toEqual({ x: 80, y: 100 });
  });

  it('clamps values outside the scale and puts a missing value at the centre', () => {
    expect(radarPoint(frame, 0, 4, 9)).toEqual({ x: 100, y: 20 });
    expect(radarPoint(frame, 0, 4, -3)).toEqual({ x: 100, y: 100 });
    expect(radarPolygon(frame, [4, null, 4, null])).toBe('100,20 100,100 100,180 100,100');
  });

  it('maps the minimum of a 1–5 scale to the centre', () => {
    const levels = { ...frame, min: 1, max: 5 };
    expect(radarPoint(levels, 0, 3, 1)).toEqual({ x: 100, y: 100 });
    expect(radarPoint(levels, 0, 3, 3)).toEqual({ x: 100, y: 60 });
  });

  it('draws one ring per whole level', () => {
    const rings = radarRings({ ...frame, min: 1, max: 5 }, 3);
    expect(rings.map((r) => r.level)).toEqual([1, 2, 3, 4, 5]);
    expect(rings[4]?.points.split(' ')).toHaveLength(3);
  });

  it('anchors labels away from the centre', () => {
    expect(labelPlacement(frame, 0, 4).anchor).toBe('middle');
    expect(labelPlacement(frame, 1, 4).anchor).toBe('start');
    expect(labelPlacement(frame, 3, 4).anchor).toBe('end');
    expect(labelPlacement(frame, 0, 4, 10)).toMatchObject({ x: 100, y: 10 });
  });
});
