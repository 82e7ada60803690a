import { describe, expect, it } from 'vitest';
import { centsToText, parseEuros } from './money.ts';

describe('parseEuros', () => {
  it('reads Dutch and English notations into cents', () => {
    expect(parseEuros('€ 12.500,50')).toBe(1_250_050);
    expect(parseEuros('12500.50')).toBe(1_250_050);
    expect(parseEuros('12,500.50')).toBe(1_250_050);
    expect(parseEuros('12.500')).toBe(1_250_000);
    expect(parseEuros('80000')).toBe(8_000_000);
    expect(parseEuros('7,5')).toBe(750);
  });

  it('gives null for an empty field and NaN for text that is not an amount', () => {
    expect(parseEuros('  ')).toBeNull();
    expect(parseEuros('twaalf')).toBeNaN();
    expect(parseEuros('-5')).toBeNaN();
  });

  it('writes cents back in the notation of the language', () => {
    expect(centsToText(1_250_050, 'nl-NL')).toBe('12500,50');
    expect(centsToText(1_250_050, 'en-GB')).toBe('12500.50');
    expect(parseEuros(centsToText(1_250_050, 'nl-NL'))).toBe(1_250_050);
    expect(centsToText(null, 'nl-NL')).toBe('');
  });
});
