import type { TFunction } from 'i18next';
import { ApiError, type FieldProblem } from '../../api/problem.ts';
import { describeApiError, problemMessage, type SummaryItem } from '../../lib/form-errors.ts';
import type { nl } from '../../i18n/nl.ts';
import { importFields } from '../../api/types.ts';

type ImportProblemCode = keyof typeof nl.imports.problems;
type ImportFieldName = keyof typeof nl.imports.fields;

const importCodes = new Set<string>(['invalid_email', 'missing_name', 'no_name_column', 'empty', 'too_many_rows', 'unparsable']);
const importFieldNames = new Set<string>(importFields);

/**
 * The problems of a failed import as lines for the error summary, each saying where in the
 * file it is ("Regel 7 (e-mailadres): …"). Messages are translated by code, as in the forms;
 * the server's detail is the fallback for codes this client does not know.
 */
export function importProblemItems(error: unknown, t: TFunction): SummaryItem[] {
  if (!(error instanceof ApiError)) return [{ message: t('imports.unreadable') }];
  if (error.status === 413) return [{ message: t('imports.tooLarge') }];
  const items = error.status === 400 ? error.fieldProblems.map((problem) => ({ message: importProblemText(problem, t) })) : [];
  return items.length > 0 ? items : [{ message: describeApiError(error, t) }];
}

/** One problem with its line and field in front, as far as the server gave them. */
export function importProblemText(problem: FieldProblem, t: TFunction): string {
  const { line, field } = 'pointer' in problem.location ? problem.location : { line: undefined, field: undefined };
  // The server reports a malformed e-mail address as any malformed field; the file's reader deserves the plainer words.
  const code = problem.code === 'invalid_format' && field === 'email' ? 'invalid_email' : problem.code;
  const message = importCodes.has(code) ? t(`imports.problems.${code as ImportProblemCode}`) : problemMessage(problem, t);
  const fieldName = field === undefined ? undefined : importFieldNames.has(field) ? t(`imports.fields.${field as ImportFieldName}`) : field;
  if (line !== undefined && fieldName !== undefined) return t('imports.problemAtLineField', { line, field: fieldName, message });
  if (line !== undefined) return t('imports.problemAtLine', { line, message });
  if (fieldName !== undefined) return t('imports.problemAtField', { field: fieldName, message });
  return message;
}
