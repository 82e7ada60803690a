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
