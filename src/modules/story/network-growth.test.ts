import { describe, expect, it } from 'vitest';
import { cumulativeGrowth } from './network-growth.ts';

describe('cumulative network growth', () => {
  it('adds up per year and carries totals through years without news', () => {
    const points = cumulativeGrowth({
      people: [
        { year: '2019', count: 3 },
        { year: '2021', count: 2 },
      ],
      organisations: [{ year: '2019', count: 1 }],
      relations: [
        { year: '2020', count: 4 },
        { year: '2021', count: 1 },
      ],
      groupMemberships: [],
    });
    expect(points).toEqual([
      { year: '2019', people: 3, organisations: 1, relations: 0, groupMemberships: 0 },
      { year: '2020', people: 3, organisations: 1, relations: 4, groupMemberships: 0 },
      { year: '2021', people: 5, organisations: 1, relations: 5, groupMemberships: 0 },
    ]);
  });

  it('is empty for an empty network', () => {
    expect(cumulativeGrowth({ people: [], organisations: [], relations: [], groupMemberships: [] })).toEqual([]);
  });
});
