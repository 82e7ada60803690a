import { describe, expect, it } from 'vitest';
import { indexOfString, packStrings, packedLength, stringAt } from './packed-strings.ts';

describe('packed strings', () => {
  const list = ['ab', 'b', 'abc', '', 'bc', 'c'];
  const packed = packStrings(list);

  it('gives every string back', () => {
    expect(packedLength(packed)).toBe(6);
    expect(list.map((_, i) => stringAt(packed, i))).toEqual(list);
  });

  it('finds strings only on their boundaries', () => {
    // 'bc' occurs inside 'abc' (and 'b' inside 'ab') before the string itself.
    expect(list.map((value) => indexOfString(packed, value))).toEqual([0, 1, 2, 3, 4, 5]);
    expect(indexOfString(packed, 'ca')).toBe(-1);
    expect(indexOfString(packed, 'abcb')).toBe(-1);
  });
});
