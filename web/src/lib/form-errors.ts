import type { TFunction } from 'i18next';
import { ApiError, fieldOf, type FieldProblem } from '../api/problem.ts';

/** One message for the error summary; `field` links to the input when the form shows it. */
export interface SummaryItem {
  field?: string;
  message: string;
}

export interface FormErrors {
  /** Messages per field path (`name`, `affiliations.0.organisationId`). */
  fields: Record<string, string>;
  summary: SummaryItem[];
}

export const noErrors: FormErrors = { fields: {}, summary: [] };

const knownCodes = new Set([
  'invalid_type',
  'too_small',
  'too_big',
  'invalid_format',
  'invalid_value',
  'custom',
  'unknown_field',
  'duplicate',
  'not_found',
  'other_workspace',
  'required',
]);

/** A problem's message in the chosen language by its stable code; the server's English detail for codes this client does not know. */
export function problemMessage(problem: FieldProblem, t: TFunction): string {
  return knownCodes.has(problem.code) ? t(`validation.${problem.code}` as 'validation.custom') : problem.detail;
}

/** The id of the input for a field path; the error summary links to it. */
export const fieldId = (field: string) => `field-${field.replaceAll('.', '-')}`;

/**
 * Turns an API failure into messages in the chosen language: each problem+json error is
 * placed at its field (from the JSON pointer) and translated by its stable code; the server's
 * English `detail` is only a fallback for codes this client does not know.
 */
export function toFormErrors(error: unknown, t: TFunction, labelOf: (field: string) => string | undefined): FormErrors {
  if (!(error instanceof ApiError)) return { fields: {}, summary: [{ message: t('errors.unexpected') }] };
  const fields: Record<string, string> = {};
  const summary: SummaryItem[] = [];
  for (const problem of error.fieldProblems) {
    const field = fieldOf(problem);
    const message = problemMessage(problem, t);
    if (field !== undefined && labelOf(field) !== undefined) {
      if (!(field in fields)) fields[field] = message;
      summary.push({ field, message: `${labelOf(field)}: ${message}` });
    } else {
      summary.push({ message: field ? `${field}: ${message}` : message });
    }
  }
  if (summary.length === 0) summary.push({ message: describeApiError(error, t) });
  return { fields, summary };
}

/** A sentence for a failure that is not about one field, by HTTP status and problem code. */
export function describeApiError(error: unknown, t: TFunction): string {
  if (!(error instanceof ApiError)) return t('errors.unexpected');
  switch (error.status) {
    case 0:
      return t('errors.network');
    case 401:
      return t('errors.unauthenticated');
    case 403:
      return t('errors.forbidden');
    case 404:
      return t('errors.notFound');
    case 409:
      return t('errors.conflict');
    case 412:
      return t('errors.stale');
    case 429:
      return t('errors.tooMany');
    default:
      return error.status >= 500 ? t('errors.server') : t('errors.badRequest');
  }
}
