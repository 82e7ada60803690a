import { describe, expect, it } from 'vitest';
import { niceCeiling, ticks, yScale } from './chart-scale.ts';

describe('story chart scale', () => {
  it('rounds the axis up to four round steps', () => {
    expect(niceCeiling(190)).toBe(200);
    expect(niceCeiling(31)).toBe(40);
    expect(niceCeiling(3)).toBe(4);
    expect(niceCeiling(0)).toBe(4);
  });

  it('ticks every level of a five-level scale and five steps otherwise', () => {
    expect(ticks(5)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(ticks(200)).toEqual([0, 50, 100, 150, 200]);
  });

  it('puts zero at the bottom and the maximum at the top, clamping outliers', () => {
    const y = yScale(200, 100);
    expect([y(0), y(100), y(200), y(500), y(-3)]).toEqual([100, 50, 0, 0, 100]);
  });
});
