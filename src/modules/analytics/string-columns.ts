/**
 * A column of strings (or nulls) as it crosses to another thread: each distinct value once,
 * packed into one string, and a code per row. Posting a million-string array clones every
 * string on the receiving thread — seconds for the ties of a million relations, during which
 * that thread answers nothing; a column's types, dates and party ids repeat, and one long
 * string with two typed arrays crosses almost for free. Decoding shares one string per
 * distinct value.
 */
import { runAll, type Steps } from '../../lib/steps.ts';
import { packedLength, packStrings, stringAt, type PackedStrings } from './packed-strings.ts';

/** Rows decoded between two pauses: a few milliseconds of work. */
const ROWS_PER_STEP = 32_768;

export interface StringColumn {
  readonly distinct: PackedStrings;
  /** Row i is distinct value codes[i], or null when −1. */
  readonly codes: Int32Array;
}

/** Encodes a column, keeping its nulls. */
export function encodeColumn(values: readonly (string | null)[]): StringColumn {
  const codeOf = new Map<string, number>();
  const distinct: string[] = [];
  const codes = new Int32Array(values.length);
  for (let i = 0; i < values.length; i += 1) {
    const value = values[i];
    if (value === null || value === undefined) {
      codes[i] = -1;
      continue;
    }
    let code = codeOf.get(value);
    if (code === undefined) {
      code = distinct.length;
      codeOf.set(value, code);
      distinct.push(value);
    }
    codes[i] = code;
  }
  return { distinct: packStrings(distinct), codes };
}

/** The column's values again. */
export const decodeColumn = (column: StringColumn): (string | null)[] => runAll(decodeColumnSteps(column));

/** The column's values again, pausing after every `rowsPerStep` distinct values and rows. */
export function* decodeColumnSteps(column: StringColumn, rowsPerStep = ROWS_PER_STEP): Steps<(string | null)[]> {
  const count = packedLength(column.distinct);
  const distinct = new Array<string>(count);
  for (let code = 0; code < count; code += 1) {
    distinct[code] = stringAt(column.distinct, code);
    if ((code + 1) % rowsPerStep === 0) yield;
  }
  const values = new Array<string | null>(column.codes.length);
  for (let i = 0; i < values.length; i += 1) {
    const code = column.codes[i]!;
    values[i] = code < 0 ? null : distinct[code]!;
    if ((i + 1) % rowsPerStep === 0) yield;
  }
  return values;
}
