/**
 * Many strings as one string and the offsets where each starts. Posting an array of 100,000
 * strings to another thread clones each one (tens of milliseconds on the receiving event
 * loop); one long string and a transferred Int32Array cross almost for free.
 */
export interface PackedStrings {
  readonly text: string;
  /** String i is text[offsets[i] .. offsets[i + 1]). */
  readonly offsets: Int32Array;
}

/** Packs a list of strings. */
export function packStrings(list: readonly string[]): PackedStrings {
  const offsets = new Int32Array(list.length + 1);
  for (let i = 0; i < list.length; i += 1) offsets[i + 1] = offsets[i]! + list[i]!.length;
  return { text: list.join(''), offsets };
}

/** The number of strings. */
export const packedLength = (packed: PackedStrings): number => packed.offsets.length - 1;

/** String i. */
export function stringAt(packed: PackedStrings, i: number): string {
  return packed.text.slice(packed.offsets[i]!, packed.offsets[i + 1]!);
}

/** The index of the first string equal to `value`, or -1. */
export function indexOfString(packed: PackedStrings, value: string): number {
  const { text, offsets } = packed;
  for (let at = text.indexOf(value); at >= 0; at = text.indexOf(value, at + 1)) {
    // A match counts only when it starts and ends on string boundaries.
    let low = 0;
    let high = offsets.length - 2;
    while (low <= high) {
      const middle = (low + high) >>> 1;
      if (offsets[middle]! < at) low = middle + 1;
      else high = middle - 1;
    }
    // Empty strings share their start with the next one.
    for (let i = low; i < offsets.length - 1 && offsets[i] === at; i += 1) if (offsets[i + 1]! - at === value.length) return i;
  }
  return -1;
}
