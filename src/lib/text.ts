/** Folds text for sorting and search: lower case, no diacritics (José → jose), single spaces. */
export function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** The words of a text: its runs of letters and digits, as FTS5 splits them. */
export function wordsOf(text: string): string[] {
  return text.split(/[^\p{L}\p{N}]+/u).filter((word) => word.length > 0);
}

/** Splits a search query into folded terms of letters and digits. */
export function searchTerms(query: string): string[] {
  return wordsOf(fold(query)).slice(0, 8);
}
