import { describe, expect, it } from 'vitest';
import { timestampToIso } from './dialect.ts';

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
