import { fold } from '../../../../src/lib/text.ts';

/** Long names are cut, so the file name stays within what every file system accepts. */
const MAX_SLUG = 60;

/** A person's name as part of a file name: lower case, no diacritics, words joined by hyphens (José de Vries → jose-de-vries). */
export function nameSlug(name: string): string {
  return fold(name)
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .slice(0, MAX_SLUG)
    .replace(/^-+|-+$/g, '');
}

/** The calendar day of a moment where the user is, as YYYY-MM-DD: the day they will look for the file by. */
export function localIsoDate(moment: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${moment.getFullYear()}-${pad(moment.getMonth() + 1)}-${pad(moment.getDate())}`;
}

/**
 * The name of a saved report, e.g. `inzage-jose-de-vries-2026-05-03.json`: what it is, whom it
 * is about and when it was drawn up; a name without letters or digits leaves out the middle part.
 */
export function reportFileName(prefix: string, personName: string, generatedAt: string): string {
  const parts = [prefix, nameSlug(personName), localIsoDate(new Date(generatedAt))].filter(Boolean);
  return `${parts.join('-')}.json`;
}
