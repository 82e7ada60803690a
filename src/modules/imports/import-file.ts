import type { ImportField } from './import-fields.ts';

/** One person as read from a file, before checking: the field values and where they were. */
export interface ImportRecord {
  /** The line of the file the record begins on, from 1. */
  line: number;
  values: Partial<Record<Exclude<ImportField, 'tags'>, string>> & { tags?: string[] };
}

/** Something wrong in the file, with where it is when that is known. */
export interface ImportProblem {
  line?: number;
  field?: ImportField;
  code: string;
  detail: string;
}

/** A file read into records, with the columns it had that Kring does not take. */
export interface ParsedFile {
  records: ImportRecord[];
  ignoredColumns: string[];
  problems: ImportProblem[];
}

/** Finds the line of a character offset in a text, from 1. */
export function lineFinder(text: string): (offset: number) => number {
  const starts = [0];
  for (let i = 0; i < text.length; i += 1) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  return (offset) => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (starts[middle]! <= offset) low = middle;
      else high = middle - 1;
    }
    return low + 1;
  };
}

/** The text without a byte-order mark, which spreadsheet programs write before UTF-8. */
export const withoutBom = (text: string): string => (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
