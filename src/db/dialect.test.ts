import { describe, expect, it } from 'vitest';
import { prefixRange, timestampToIso } from './dialect.ts';

describe('timestampToIso', () => {
  it('reads PostgreSQL timestamps as Date#toISOString would, milliseconds truncated', () => {
    for (const value of [
      '2025-02-27 21:47:21.652+00',
      '2025-02-27 21:47:21.6529+00',
      '2025-02-27 21:47:21.652999+00',
      '2025-02-27 21:47:21.5+00',
      '2025-02-27 21:47:21+00',
      '0999-01-01 00:00:00+00',
      '2024-02-29 23:59:59.999999+00',
      // other time zones and forms take the slow path
      '2025-02-27 22:47:21.652+01',
      '2025-02-27 21:47:21.652+05:30',
    ]) {
      expect(timestampToIso(value)).toBe(new Date(value).toISOString());
    }
    expect(timestampToIso('2025-02-27 21:47:21.6+00')).toBe('2025-02-27T21:47:21.600Z');
    expect(timestampToIso('2025-02-27 22:47:21.652+01')).toBe('2025-02-27T21:47:21.652Z');
  });
});

describe('prefixRange', () => {
  it('ends before the prefix with its last character raised, so it holds exactly the values with that prefix', () => {
    expect(prefixRange('jan')).toEqual({ from: 'jan', before: 'jao' });
    expect(prefixRange('100%')).toEqual({ from: '100%', before: '100&' });
    // A character outside the Basic Multilingual Plane counts as one.
    expect(prefixRange('a\u{1F600}')).toEqual({ from: 'a\u{1F600}', before: 'a\u{1F601}' });
    // The code point after U+D7FF is U+E000: no text holds a lone surrogate.
    expect(prefixRange('a\u{D7FF}')).toEqual({ from: 'a\u{D7FF}', before: 'a\u{E000}' });
    expect(prefixRange('a\u{10FFFF}')).toEqual({ from: 'a\u{10FFFF}', before: undefined });
  });

  it('orders as UTF-8 bytes do, which both databases compare sort keys by', () => {
    const words = ['jan', 'jana', 'jan\u{10FFFF}', 'jan\u{1F600}', 'janz', 'jao', 'jam', 'ja', 'jb', 'jan\u{E000}'];
    const byBytes = (a: string, b: string) => Buffer.compare(Buffer.from(a), Buffer.from(b));
    const { from, before } = prefixRange('jan');
    const inRange = words.filter((w) => byBytes(w, from) >= 0 && byBytes(w, before!) < 0);
    expect(inRange.sort()).toEqual(words.filter((w) => w.startsWith('jan')).sort());
  });
});
