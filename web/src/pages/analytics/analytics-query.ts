import { ApiError } from '../../api/problem.ts';

/**
 * The first analysis of a network may still be running: the server answers 503 with
 * Retry-After. Such answers are retried for about half a minute; other errors show at once.
 */
export const analyticsRetry = {
  retry: (failures: number, error: unknown) => error instanceof ApiError && error.status === 503 && failures < 15,
  retryDelay: 2000,
};

const formatters = new Map<string, { whole: Intl.NumberFormat; fraction: Intl.NumberFormat }>();

/** A metric value for a table: integers as they are, fractions to three significant digits. */
export function formatMetric(value: number | null, locale: string): string {
  if (value === null) return '–';
  let format = formatters.get(locale);
  if (!format) {
    format = { whole: new Intl.NumberFormat(locale), fraction: new Intl.NumberFormat(locale, { maximumSignificantDigits: 3 }) };
    formatters.set(locale, format);
  }
  return Number.isInteger(value) ? format.whole.format(value) : format.fraction.format(value);
}
