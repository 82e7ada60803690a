import { describe, expect, it } from 'vitest';
import { cellCentre, placeStakeholders, quadrantOf, quadrantRects, type GridFrame } from './grid-geometry.ts';

const frame: GridFrame = { left: 0, top: 0, width: 500, height: 500, min: 1, max: 5 };

describe('power/interest grid geometry', () => {
  it('puts interest on the horizontal axis and power on the vertical, high power at the top', () => {
    expect(cellCentre(frame, 1, 1)).toEqual({ x: 50, y: 450 });
    expect(cellCentre(frame, 5, 5)).toEqual({ x: 450, y: 50 });
    expect(cellCentre(frame, 5, 1)).toEqual({ x: 50, y: 50 });
    expect(cellCentre(frame, 9, -2)).toEqual({ x: 50, y: 50 });
  });

  it('spreads stakeholders in one cell around its centre without overlap', () => {
    const placed = placeStakeholders(
      frame,
      [
        { id: 'a', power: 3, interest: 3 },
        { id: 'b', power: 3, interest: 3 },
        { id: 'c', power: 3, interest: 3 },
        { id: 'd', power: 1, interest: 5 },
      ],
      20,
    );
    const at = (id: string) => placed.find((p) => p.id === id);
    expect(at('d')).toMatchObject({ x: 450, y: 450 });
    const shared = ['a', 'b', 'c'].map((id) => at(id));
    const keys = new Set(shared.map((p) => `${p?.x},${p?.y}`));
    expect(keys.size).toBe(3);
    const meanX = shared.reduce((s, p) => s + (p?.x ?? 0), 0) / 3;
    expect(Math.abs(meanX - 250)).toBeLessThan(20);
    expect(at('a')).toMatchObject({ x: 240, y: 240 });
  });

  it('names the quadrant, the midpoint counting as low', () => {
    expect(quadrantOf(5, 5, 1, 5)).toBe('manage_closely');
    expect(quadrantOf(4, 2, 1, 5)).toBe('keep_satisfied');
    expect(quadrantOf(2, 4, 1, 5)).toBe('keep_informed');
    expect(quadrantOf(3, 3, 1, 5)).toBe('monitor');
  });

  it('splits the plot area into four equal quadrants', () => {
    const rects = quadrantRects(frame);
    expect(rects.find((r) => r.quadrant === 'manage_closely')).toEqual({
      quadrant: 'manage_closely',
      x: 250,
      y: 0,
      width: 250,
      height: 250,
    });
    expect(rects.reduce((s, r) => s + r.width * r.height, 0)).toBe(500 * 500);
  });
});
