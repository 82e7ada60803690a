import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildNetwork } from '../network/build-network.ts';
import { strongestTie } from '../network/explain-ties.ts';
import { personIndex as p, region } from '../network/test-region.ts';
import { dayNumber, preparePaths, tieLength, PATH_LENGTH_DEFAULTS } from './path-index.ts';

const people = buildNetwork(region, { projection: 'people' });

describe('dayNumber', () => {
  it('counts days since 1970 as Date does, for dates and timestamps', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('1800-01-01'), max: new Date('2200-12-31'), noInvalidDate: true }), (date) => {
        const iso = date.toISOString();
        const expected = Math.floor(Date.parse(iso.slice(0, 10)) / 86_400_000);
        expect(dayNumber(iso)).toBe(expected);
        expect(dayNumber(iso.slice(0, 10))).toBe(expected);
      }),
    );
    expect(dayNumber(null)).toBeNaN();
  });
});

describe('tie lengths', () => {
  it('are 1/strength plus the hop cost, growing with staleness up to the cap', () => {
    const evaLotte = strongestTie(people, p('p-eva'), p('p-lotte'));
    expect(tieLength(people, evaLotte, PATH_LENGTH_DEFAULTS)).toBe(0.5);
    // Last met 2025-01-10; eight years on, staleness is capped at 1 + 0.5 × 4.
    expect(tieLength(people, evaLotte, { ...PATH_LENGTH_DEFAULTS, asOf: '2033-01-10' })).toBeCloseTo(0.5 * 3, 12);
    // Within the half-year grace: fresh.
    expect(tieLength(people, evaLotte, { ...PATH_LENGTH_DEFAULTS, asOf: '2025-06-01' })).toBe(0.5);
    // Joris—Sander has no known interaction: never stale.
    const jorisSander = strongestTie(people, p('p-joris'), p('p-sander'));
    expect(tieLength(people, jorisSander, { ...PATH_LENGTH_DEFAULTS, asOf: '2040-01-01' })).toBe(0.75);
  });

  it('leave arcs against a directed relation out when direction counts', () => {
    const index = preparePaths(people, { direction: 'out' });
    const { offsets, targets } = index.forward;
    const sanderArcs = [...targets.subarray(offsets[p('p-sander')]!, offsets[p('p-sander') + 1]!)];
    expect(sanderArcs).toEqual([p('p-joris')]);
  });

  it('refuses bad options, naming each', () => {
    expect(() => preparePaths(people, { hopCost: -1, asOf: 'soon' })).toThrow(/hopCost.*asOf/);
  });
});
