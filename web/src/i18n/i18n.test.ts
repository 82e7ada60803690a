import { describe, expect, it } from 'vitest';
import { nl } from './nl.ts';
import { en } from './en.ts';
import { makeFormatters } from './format.ts';

/** Every leaf key of a nested resource object, as dotted paths. */
function leaves(value: unknown, prefix = ''): Map<string, unknown> {
  const out = new Map<string, unknown>();
  if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      for (const [path, leaf] of leaves(v, prefix ? `${prefix}.${k}` : k)) out.set(path, leaf);
    }
  } else out.set(prefix, value);
  return out;
}

describe('translations', () => {
  const dutch = leaves(nl);
  const english = leaves(en);

  it('has the same keys in Dutch and English', () => {
    expect([...english.keys()].sort()).toEqual([...dutch.keys()].sort());
  });

  it('has no empty or non-string values', () => {
    for (const [name, resources] of [
      ['nl', dutch],
      ['en', english],
    ] as const) {
      for (const [key, value] of resources) {
        expect(typeof value, `${name}:${key}`).toBe('string');
        expect((value as string).trim(), `${name}:${key}`).not.toBe('');
      }
    }
  });

  it('uses the same interpolation variables in both languages', () => {
    const vars = (s: unknown) => [...String(s).matchAll(/{{\s*(\w+)\s*}}/g)].map((m) => m[1]).sort();
    for (const [key, value] of dutch) expect(vars(english.get(key)), key).toEqual(vars(value));
  });
});

describe('locale formatting', () => {
  it('formats dates, numbers and sorting per language', () => {
    const nlFmt = makeFormatters('nl');
    const enFmt = makeFormatters('en');
    expect(nlFmt.date('2021-01-01')).toBe('1 januari 2021');
    expect(enFmt.date('2021-01-01')).toBe('1 January 2021');
    expect(nlFmt.number(12345.5)).toBe('12.345,5');
    expect(enFmt.number(12345.5)).toBe('12,345.5');
    expect(['Zierikzee', 'Ëlst', 'aarde'].sort(nlFmt.compare)).toEqual(['aarde', 'Ëlst', 'Zierikzee']);
  });
});
