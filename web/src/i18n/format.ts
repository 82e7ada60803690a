import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

/** Locale-aware formatting and sorting for the chosen language, via Intl. */
export interface Formatters {
  locale: string;
  date: (iso: string | null | undefined) => string;
  /** A compact date for table cells, e.g. 26 nov 2026. */
  shortDate: (iso: string | null | undefined) => string;
  dateTime: (iso: string | null | undefined) => string;
  number: (n: number) => string;
  compare: (a: string, b: string) => number;
  list: (items: string[]) => string;
}

const intlLocale = (lng: string) => (lng === 'en' ? 'en-GB' : 'nl-NL');

/** Builds the formatters for a language; exported for tests and non-React code. */
export function makeFormatters(lng: string): Formatters {
  const locale = intlLocale(lng);
  const dateFmt = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  const shortDateFmt = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
  const dateTimeFmt = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
  const numberFmt = new Intl.NumberFormat(locale);
  const collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
  const listFmt = new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' });
  return {
    locale,
    // Date-only values (YYYY-MM-DD) are calendar days, so they are read and shown in UTC to avoid an off-by-one day.
    date: (iso) => (iso ? dateFmt.format(new Date(iso.length === 10 ? `${iso}T00:00:00Z` : iso)) : ''),
    shortDate: (iso) => (iso ? shortDateFmt.format(new Date(iso.length === 10 ? `${iso}T00:00:00Z` : iso)) : ''),
    dateTime: (iso) => (iso ? dateTimeFmt.format(new Date(iso)) : ''),
    number: (n) => numberFmt.format(n),
    compare: (a, b) => collator.compare(a, b),
    list: (items) => listFmt.format(items),
  };
}

/** The formatters for the language currently chosen; re-created when the language changes. */
export function useFormat(): Formatters {
  const { i18n } = useTranslation();
  return useMemo(() => makeFormatters(i18n.language), [i18n.language]);
}
