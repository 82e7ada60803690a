import { afterEach, describe, expect, it, vi } from 'vitest';
import { borrowSpare, heldSpareBytes, keepSpare } from './scratch.ts';

describe('spare working state', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('lends a kept spare once, and makes a new one when none is kept', () => {
    const kept = { name: 'kept' };
    keepSpare('test:a', kept, 100);
    expect(heldSpareBytes()).toBe(100);
    expect(borrowSpare('test:a', () => ({ name: 'new' }))).toBe(kept);
    expect(heldSpareBytes()).toBe(0);
    expect(borrowSpare('test:a', () => ({ name: 'new' }))).toEqual({ name: 'new' });
  });

  it('keeps one spare per key, the latest', () => {
    keepSpare('test:b', { n: 1 }, 10);
    keepSpare('test:b', { n: 2 }, 30);
    expect(heldSpareBytes()).toBe(30);
    expect(borrowSpare('test:b', () => ({ n: 0 }))).toEqual({ n: 2 });
  });

  it('lets spares go after a second without a borrower', () => {
    vi.useFakeTimers();
    keepSpare('test:c', { n: 1 }, 10);
    vi.advanceTimersByTime(999);
    expect(heldSpareBytes()).toBe(10);
    vi.advanceTimersByTime(1);
    expect(heldSpareBytes()).toBe(0);
    expect(borrowSpare('test:c', () => ({ n: 0 }))).toEqual({ n: 0 });
  });

  it('does not keep more than its limit', () => {
    keepSpare('test:d', { n: 1 }, 512 * 1024 * 1024);
    expect(heldSpareBytes()).toBe(0);
    expect(borrowSpare('test:d', () => ({ n: 0 }))).toEqual({ n: 0 });
  });
});
