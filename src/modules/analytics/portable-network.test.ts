import { describe, expect, it } from 'vitest';
import { buildNetwork } from '../../analytics/network/build-network.ts';
import { region } from '../../analytics/network/test-region.ts';
import { runPausing } from '../../lib/steps.ts';
import { fromPortable, fromPortableSteps, toPortable } from './portable-network.ts';
import { decodeColumn, encodeColumn } from './string-columns.ts';
import { transferablesOf } from './transferables.ts';

describe('string columns', () => {
  it('give back every value, nulls and empty strings included, storing each distinct value once', () => {
    const values = ['works_with', null, 'knows', 'works_with', '', null, 'knows', 'é—ü'];
    const column = encodeColumn(values);
    expect(decodeColumn(column)).toEqual(values);
    expect(column.distinct.offsets.length - 1).toBe(4);
    expect(Array.from(column.codes)).toEqual([0, -1, 1, 0, 2, -1, 1, 3]);
  });

  it('handle an empty column', () => {
    expect(decodeColumn(encodeColumn([]))).toEqual([]);
  });
});

describe('the portable network', () => {
  it('crosses to another thread as typed arrays and a few long strings, and comes back equal', () => {
    for (const projection of ['people', 'people-and-organisations', 'organisations'] as const) {
      const network = buildNetwork(region, { projection, onDate: '2024-01-01' });
      const portable = toPortable(network);
      // What structured cloning must copy string by string: only the packed texts.
      const strings: string[] = [];
      JSON.stringify(portable, (_key, value: unknown) => {
        if (typeof value === 'string') strings.push(value);
        return ArrayBuffer.isView(value) ? undefined : value;
      });
      expect(strings.length).toBeLessThanOrEqual(2 + 2 * 8 + 2);
      const copied = structuredClone(portable, { transfer: transferablesOf(portable) });
      expect(fromPortable(copied)).toEqual(buildNetwork(region, { projection, onDate: '2024-01-01' }));
    }
  });

  it('comes back the same in steps, pausing between them', async () => {
    const network = buildNetwork(region, { projection: 'people-and-organisations', onDate: '2024-01-01' });
    const rows = network.ties.count * 8 + network.nodeIds.length * 2;
    let pauses = 0;
    const stepwise = await runPausing(fromPortableSteps(toPortable(network), 4), async () => {
      pauses += 1;
    });
    expect(stepwise).toEqual(network);
    // At least one pause per four rows decoded, distinct values aside.
    expect(pauses).toBeGreaterThanOrEqual(Math.floor(rows / 4) - 10);
  });
});
