import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MinHeap } from './heap.ts';

describe('MinHeap', () => {
  it('pops every pushed entry, smallest key first, whatever the order of pushes and pops', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.double({ min: 0, max: 1e6, noNaN: true }), fc.boolean()), { maxLength: 300 }), (steps) => {
        const heap = new MinHeap(2);
        const pending: number[] = [];
        let node = 0;
        for (const [key, popAfter] of steps) {
          heap.push(node, key);
          pending.push(key);
          node += 1;
          if (popAfter) {
            pending.sort((a, b) => a - b);
            expect(heap.peekKey()).toBe(pending[0]);
            heap.pop();
            pending.shift();
          }
          expect(heap.size).toBe(pending.length);
        }
        const popped: number[] = [];
        while (heap.size > 0) {
          popped.push(heap.peekKey());
          heap.pop();
        }
        expect(popped).toEqual(pending.sort((a, b) => a - b));
      }),
      { numRuns: 200 },
    );
  });

  it('returns the node of the smallest key, and forgets everything on clear', () => {
    const heap = new MinHeap();
    heap.push(7, 3);
    heap.push(8, 1);
    heap.push(9, 2);
    expect(heap.pop()).toBe(8);
    expect(heap.pop()).toBe(9);
    heap.clear();
    expect(heap.size).toBe(0);
  });
});
