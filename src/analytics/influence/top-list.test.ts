import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TopList } from './top-list.ts';

describe('TopList', () => {
  it('keeps what a stable sort by descending key would put first', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -5, max: 5 })), fc.nat({ max: 8 }), (keys, limit) => {
        const top = new TopList(limit);
        keys.forEach((key, item) => top.add(key, item));
        const expected = keys
          .map((key, item) => ({ key, item }))
          .sort((x, y) => y.key - x.key || x.item - y.item)
          .slice(0, limit)
          .map((x) => x.item);
        expect(top.toArray()).toEqual(expected);
      }),
    );
  });

  it('refuses a negative limit', () => {
    expect(() => new TopList(-1)).toThrow(/limit/);
  });
});
