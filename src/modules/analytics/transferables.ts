/**
 * The buffers behind every typed array in a message, each once, so postMessage moves them
 * instead of copying (a buffer listed twice is an error, and views may share one).
 */
export function transferablesOf(value: unknown): ArrayBuffer[] {
  const buffers = new Set<ArrayBuffer>();
  const visit = (item: unknown): void => {
    if (item === null || typeof item !== 'object') return;
    if (ArrayBuffer.isView(item)) {
      if (item.buffer instanceof ArrayBuffer) buffers.add(item.buffer);
      return;
    }
    if (Array.isArray(item)) {
      // Arrays of strings or numbers (ids, names) hold no buffers; only look into arrays of objects.
      if (item.length > 0 && typeof item[0] === 'object') for (const element of item) visit(element);
      return;
    }
    for (const child of Object.values(item)) visit(child);
  };
  visit(value);
  return [...buffers];
}
