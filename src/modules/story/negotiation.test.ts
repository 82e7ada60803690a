import { describe, expect, it } from 'vitest';
import { storyLanguage, wantsPdf } from './negotiation.ts';

describe('report negotiation', () => {
  it.each([
    ['application/pdf', true],
    ['application/pdf, */*;q=0.1', true],
    ['application/json, application/pdf;q=0.5', false],
    ['application/json;q=0.4, application/pdf;q=0.9', true],
    ['*/*', false],
    ['application/*', false],
    ['application/pdf;q=0', false],
    [undefined, false],
  ])('Accept %s → PDF %s', (accept, expected) => {
    expect(wantsPdf(accept)).toBe(expected);
  });

  it('takes the explicit language, then the preferred one of Accept-Language, then Dutch', () => {
    expect(storyLanguage('en', 'nl-NL')).toBe('en');
    expect(storyLanguage(undefined, 'de-DE, en-GB;q=0.8, nl;q=0.5')).toBe('en');
    expect(storyLanguage(undefined, 'nl;q=0.9, en;q=0.2')).toBe('nl');
    expect(storyLanguage(undefined, 'fr-FR')).toBe('nl');
    expect(storyLanguage(undefined, undefined)).toBe('nl');
  });
});
