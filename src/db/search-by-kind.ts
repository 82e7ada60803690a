/**
 * Search that leaves out people: the pickers of themes and organisations. The tiers of
 * search-match.ts read names, name words and details in the order of their indexes and keep
 * the kinds asked for as they go, so a kind with few matches had them read every match of the
 * prefix first: 14–27 ms on SQLite and up to 100 ms on PostgreSQL for a theme among 100,000
 * people. Organisations and themes are few beside the people of a network, so their documents
 * are read whole instead, through an index that leads with the kind (migration 2026120401),
 * and ranked here in the same tiers:
 *
 *   0. the name begins with the query;
 *   1. every term begins a word of the name;
 *   2. every term begins a word of the name or of the details, some only in the details.
 *
 * Words are split as the terms are (`wordsOf`, src/lib/text.ts). Within each tier
 * the names come in alphabetical order.
 */
import { sql } from 'kysely';
import type { Db } from './dialect.ts';
import { runAfter, type Precondition } from './precondition.ts';
import { compilableRaw } from './reusable-query.ts';
import type { MatchColumns, SearchMatch } from './search-match.ts';
import { wordsOf } from '../lib/text.ts';

/** The kind whose documents are too many to read whole. */
const NUMEROUS_KIND = 'person';

/** Whether a search for these kinds reads their documents whole. */
export const readsKindsWhole = (types: string[]): boolean => !types.includes(NUMEROUS_KIND);

interface Candidate {
  entityId: string;
  entityType: string;
  title: string;
  body: string;
}

/**
 * The matching entities of the kinds, best first, with the `columns` given. `terms` are folded
 * and non-empty; the kinds come from the API's fixed list. With a precondition, nothing is read
 * unless it holds.
 */
export async function searchKindsWhole<R extends SearchMatch>(
  db: Db,
  workspaceId: string,
  terms: string[],
  types: string[],
  limit: number,
  columns?: MatchColumns,
  precondition?: Precondition,
): Promise<R[]> {
  // Only documents that hold every term somewhere can match; the database checks that on its
  // side, so only those reach the server. Unordered: ordered by name, SQLite would read the
  // whole workspace in the name index's order.
  const position = db.dialect === 'postgres' ? 'strpos' : 'instr';
  const holdsEveryTerm = sql.join(
    terms.map((term) => sql`${sql.raw(position)}(title || ' ' || body, ${term}) > 0`),
    sql` and `,
  );
  const candidates = await runAfter(
    db.kysely,
    compilableRaw(
      db.kysely,
      sql<Candidate>`select entity_id as "entityId", entity_type as "entityType", title, body from search_documents
      where workspace_id = ${workspaceId} and entity_type in (${sql.join(types.map((type) => sql.lit(type)))}) and ${holdsEveryTerm}`,
    ),
    precondition,
  );
  const best = rankInTiers(candidates, terms).slice(0, limit);
  if (best.length === 0 || columns === undefined) return best as R[];
  const shown = await sql<R>`select d.entity_id as "entityId", ${columns(sql`d.entity_id`, sql`d.entity_type`)} from search_documents d
    where d.entity_id in (${sql.join(best.map((match) => match.entityId))})`.execute(db.kysely);
  const columnsOf = new Map(shown.rows.map((row) => [row.entityId, row]));
  // A record deleted between the two reads is left out.
  return best.flatMap((match) => {
    const row = columnsOf.get(match.entityId);
    return row === undefined ? [] : [{ ...row, ...match }];
  });
}

/** The candidates that match, tier by tier, each tier in the order of the names (then of the ids). */
function rankInTiers(candidates: readonly Candidate[], terms: string[]): SearchMatch[] {
  const start = terms.join(' ');
  const tiers: Candidate[][] = [[], [], []];
  for (const candidate of candidates) {
    const rank = tierOf(candidate, start, terms);
    if (rank !== undefined) tiers[rank]!.push(candidate);
  }
  return tiers.flatMap((tier, rank) => tier.sort(byNameThenId).map(({ entityId, entityType }) => ({ entityId, entityType, rank })));
}

function tierOf({ title, body }: Candidate, start: string, terms: string[]): number | undefined {
  if (title.startsWith(start)) return 0;
  const titleWords = wordsOf(title);
  if (allBeginWords(terms, titleWords)) return 1;
  if (allBeginWords(terms, [...titleWords, ...wordsOf(body)])) return 2;
  return undefined;
}

/** Code unit order: the databases' byte order (binary, collation "C") but for characters beyond U+FFFF. */
const byNameThenId = (a: Candidate, b: Candidate): number =>
  a.title < b.title ? -1 : a.title > b.title ? 1 : a.entityId < b.entityId ? -1 : a.entityId > b.entityId ? 1 : 0;

const allBeginWords = (terms: string[], textWords: string[]): boolean =>
  terms.every((term) => textWords.some((word) => word.startsWith(term)));
