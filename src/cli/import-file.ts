import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { ProblemDetail } from '../http/errors.ts';
import type { ImportResult } from '../modules/imports/import.schema.ts';

/**
 * A file's text: UTF-8 when it is valid UTF-8, else Windows-1252, in which Dutch Excel saves
 * CSV by default.
 */
export async function readImportFile(path: string): Promise<string> {
  const bytes = await readFile(path);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

/** vcard for .vcf and .vcard files and for text that begins like one, else csv. */
export function importFormatOf(path: string, text: string): 'csv' | 'vcard' {
  return /\.(vcf|vcard)$/i.test(path) || /^\s*BEGIN:VCARD/i.test(text) ? 'vcard' : 'csv';
}

/** A problem in the file as "FILE:LINE: field: detail", like a compiler's message. */
export function problemLine(path: string, problem: ProblemDetail): string {
  const location = problem.location as { line?: number; field?: string };
  const where = location.line === undefined ? path : `${path}:${location.line}`;
  return `${where}: ${location.field ? `${location.field}: ` : ''}${problem.detail}`;
}

const reasons = {
  email_exists: 'the e-mail address is already in the workspace',
  name_exists: 'a person with this name (and no e-mail address) is already in the workspace',
  duplicate_in_file: 'the file holds this person twice',
} as const;

/** What an import did (or would do), a line per skipped person and a summary. */
export function importReport(path: string, result: ImportResult): string[] {
  const skipped = result.people.flatMap((p) =>
    p.outcome === 'skip' ? [`${path}:${p.line}: skipped ${p.name}: ${reasons[p.reason!]}`] : [],
  );
  const { peopleCreated, peopleSkipped, organisationsCreated } = result.counts;
  const ignored = result.ignoredColumns.length > 0 ? [`Columns not taken: ${result.ignoredColumns.join(', ')}.`] : [];
  const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
  const summary = `${count(peopleCreated, 'person', 'people')} and ${count(organisationsCreated, 'new organisation', 'new organisations')}, ${count(peopleSkipped, 'person', 'people')} skipped.`;
  return [...skipped, ...ignored, result.dryRun ? `Would import ${summary} Nothing was written (--dry-run).` : `Imported ${summary}`];
}

/** The source stored with each imported person: the file's name. */
export const importSource = (path: string): string => basename(path);
