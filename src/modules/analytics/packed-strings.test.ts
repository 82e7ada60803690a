import { describe, expect, it } from 'vitest';
import { packStrings, packedLength, stringAt } from './packed-strings.ts';

describe('packed strings', () => {
  const list = ['ab', 'b', 'abc', '', 'bc', 'c'];
  const packed = packStrings(list);

  it('gives every string back', () => {
    expect(packedLength(packed)).toBe(6);
    expect(list.map((_, i) => stringAt(packed, i))).toEqual(list);
  });
});
