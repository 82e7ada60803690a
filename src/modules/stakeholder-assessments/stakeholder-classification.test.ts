import { describe, expect, it } from 'vitest';
import { quadrantOf, stakeholderTypeOf } from './stakeholder-classification.ts';

describe('stakeholder classification', () => {
  it('names all eight combinations of power, legitimacy and urgency as Mitchell, Agle & Wood do', () => {
    const cases: [boolean, boolean, boolean, string][] = [
      [false, false, false, 'non_stakeholder'],
      [true, false, false, 'dormant'],
      [false, true, false, 'discretionary'],
      [false, false, true, 'demanding'],
      [true, true, false, 'dominant'],
      [true, false, true, 'dangerous'],
      [false, true, true, 'dependent'],
      [true, true, true, 'definitive'],
    ];
    for (const [power, legitimacy, urgency, type] of cases) expect(stakeholderTypeOf({ power, legitimacy, urgency })).toBe(type);
  });

  it("places scores in Mendelow's quadrants with 4 and 5 as high", () => {
    expect(quadrantOf(5, 5)).toBe('manage_closely');
    expect(quadrantOf(4, 3)).toBe('keep_satisfied');
    expect(quadrantOf(3, 4)).toBe('keep_informed');
    expect(quadrantOf(3, 3)).toBe('monitor');
    expect(quadrantOf(1, 1)).toBe('monitor');
  });
});
