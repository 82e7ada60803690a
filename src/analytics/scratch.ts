/**
 * Spare working state kept between calls of a kernel that runs call after call on the same
 * graph — betweenness over batches of sources, adaptive rounds, a team's shares. Two costs
 * are spared:
 * - the first write to freshly allocated memory makes the system map each page, and on the
 *   machines Kring is measured on that costs about 13 µs per 4 KiB page (a new 10 MB array
 *   took 33 ms to fill, the same array 0.4 ms the second time);
 * - compiled code that read the fields of a state object is thrown away when the last object
 *   of that shape is collected, so after a full garbage collection the next call started
 *   interpreted (about 20 ms at 10,000 people).
 * A spare is let go after a second without a borrower, and at most MOST_HELD bytes are kept.
 */

const MOST_HELD = 256 * 1024 * 1024;
const LET_GO_AFTER_MS = 1000;

const spares = new Map<string, { value: object; bytes: number }>();
let heldBytes = 0;
let letGo: ReturnType<typeof setTimeout> | undefined;

/** The spare kept under `key`, taken out of the store, or a new one from `create`. */
export function borrowSpare<T extends object>(key: string, create: () => T): T {
  const spare = spares.get(key);
  if (spare === undefined) return create();
  spares.delete(key);
  heldBytes -= spare.bytes;
  scheduleLetGo();
  return spare.value as T;
}

/** Keeps `value` (about `bytes` large) for the next borrower of `key`; the caller must not use it afterwards. */
export function keepSpare(key: string, value: object, bytes: number): void {
  const previous = spares.get(key);
  if (previous !== undefined) heldBytes -= previous.bytes;
  spares.delete(key);
  if (heldBytes + bytes > MOST_HELD) return;
  spares.set(key, { value, bytes });
  heldBytes += bytes;
  scheduleLetGo();
}

/** The bytes kept for later borrowers (for tests). */
export function heldSpareBytes(): number {
  return heldBytes;
}

function scheduleLetGo(): void {
  clearTimeout(letGo);
  letGo = setTimeout(() => {
    spares.clear();
    heldBytes = 0;
  }, LET_GO_AFTER_MS);
  // A timer waiting to drop memory must not keep a finished process alive.
  letGo.unref?.();
}
