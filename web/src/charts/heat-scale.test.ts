import { describe, expect, it } from 'vitest';
import { contrast, heatColours, heatPalette, heatStep } from './heat-scale.ts';

describe('heat scale', () => {
  it('maps the scale onto the palette from light to dark', () => {
    expect(heatStep(1, 1, 5)).toBe(0);
    expect(heatStep(3, 1, 5)).toBe(2);
    expect(heatStep(5, 1, 5)).toBe(4);
    expect(heatStep(7, 1, 5)).toBe(4);
    expect(heatStep(null, 1, 5)).toBeNull();
    expect(heatStep(2.5, 1, 5)).toBe(2);
  });

  it('keeps text readable on every step (WCAG 1.4.3)', () => {
    for (let score = 1; score <= 5; score++) {
      const colours = heatColours(score, 1, 5);
      expect(colours).not.toBeNull();
      expect(contrast(colours?.background ?? '', colours?.color ?? '')).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('computes the WCAG contrast of black on white as 21', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(heatPalette).toHaveLength(5);
  });
});
