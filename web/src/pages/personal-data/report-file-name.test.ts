import { describe, expect, it } from 'vitest';
import { localIsoDate, nameSlug, reportFileName } from './report-file-name.ts';

describe('nameSlug', () => {
  it('folds diacritics and joins words with single hyphens', () => {
    expect(nameSlug('José  de Vries')).toBe('jose-de-vries');
    expect(nameSlug("Noëlle van 't Hof-Ülker")).toBe('noelle-van-t-hof-ulker');
  });

  it('drops separators at either end', () => {
    expect(nameSlug('  (Annelies de Kok)  ')).toBe('annelies-de-kok');
  });

  it('cuts long names without leaving a trailing hyphen', () => {
    const slug = nameSlug(`${'a'.repeat(59)} b`);
    expect(slug).toBe('a'.repeat(59));
    expect(nameSlug('x'.repeat(200))).toHaveLength(60);
  });

  it('is empty for a name without letters or digits', () => {
    expect(nameSlug('—')).toBe('');
  });
});

describe('localIsoDate', () => {
  it('gives the calendar day in the local time zone, zero-padded', () => {
    expect(localIsoDate(new Date(2026, 4, 3, 23, 59))).toBe('2026-05-03');
    expect(localIsoDate(new Date(2026, 11, 31, 0, 0))).toBe('2026-12-31');
  });
});

describe('reportFileName', () => {
  const noon = new Date(2026, 4, 3, 12).toISOString();

  it('names the report after what it is, the person and the day', () => {
    expect(reportFileName('inzage', 'José de Vries', noon)).toBe('inzage-jose-de-vries-2026-05-03.json');
  });

  it('leaves out the name when nothing of it can be used', () => {
    expect(reportFileName('personal-data', '???', noon)).toBe('personal-data-2026-05-03.json');
  });
});
