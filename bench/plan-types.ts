/**
 * Rows of the benchmark network, in the camelCase shape Kysely inserts, plus the shared
 * helpers (dates, slugs) the planners use.
 */
import type { AffiliationTable, OrganisationTable, PersonRow, RelationRow, SearchDocumentTable } from '../src/db/schema.ts';
import type { Rng } from './rng.ts';

export type OrganisationRow = OrganisationTable;
export type { PersonRow, RelationRow };
export type AffiliationRow = Omit<AffiliationTable, 'position'> & { position: number };
export type SearchDocumentRow = Omit<SearchDocumentTable, 'entityType'> & { entityType: 'person' | 'organisation' };

export interface PlanOptions {
  /** Number of people (exact). */
  people: number;
  /** Number of relations (exact). */
  relations: number;
  seed: number;
  workspaceId: string;
  /** The load time (ISO); rows get creation times in the two years before it. */
  createdAt: string;
  /** Number of municipalities; each gets four units. Default 342, as in the Netherlands. */
  municipalities?: number;
}

const DAY_MS = 86_400_000;
const FIRST_DAY = Date.UTC(2005, 0, 1);
/** The last date the plan uses: fixed, so the same seed gives the same rows on any day. */
export const LAST_DAY = '2026-10-31';
const DAY_COUNT = Math.round((Date.parse(`${LAST_DAY}T00:00:00Z`) - FIRST_DAY) / DAY_MS) + 1;

// Formatting a date is the hot spot when a million relations need two of them; look them up.
const DATES: string[] = Array.from({ length: DAY_COUNT }, (_, i) => new Date(FIRST_DAY + i * DAY_MS).toISOString().slice(0, 10));

/** A day number in the plan's calendar (0 = 2005-01-01). */
export function dayOf(isoDate: string): number {
  return Math.round((Date.parse(`${isoDate}T00:00:00Z`) - FIRST_DAY) / DAY_MS);
}

/** The ISO date of a day number, clamped to the calendar. */
export function dateOf(day: number): string {
  return DATES[Math.max(0, Math.min(DAY_COUNT - 1, Math.floor(day)))] as string;
}

/** A random day between two ISO dates, inclusive. */
export function randomDay(rng: Rng, from: string, to: string): number {
  return rng.between(dayOf(from), dayOf(to));
}

const SPREAD_MS = 730 * DAY_MS;

/**
 * A creation time in the two years before `base`, so that sorting by createdAt/updatedAt
 * has real work to do instead of a million equal values.
 */
export function createdBefore(rng: Rng, base: string): string {
  return new Date(Date.parse(base) - Math.floor(rng.next() * SPREAD_MS)).toISOString();
}

/** A lower-case ASCII slug for e-mail domains: "Oost-Lindeveen" → "oost-lindeveen". */
export function slug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}
