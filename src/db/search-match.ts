/**
 * Full-text matching over search documents on both databases (FTS5 on SQLite, tsvector on
 * PostgreSQL), ranked in tiers that are read best first, so a query that matches thousands
 * of documents costs about as much as one that matches ten:
 *
 *   0. the name begins with the query, in alphabetical order (read from an index);
 *   1. every term begins a word of the name;
 *   2. every term begins a word of the name or of the details (job title, organisations,
 *      description), some only in the details.
 *
 * Within tiers 1 and 2 the index's order holds, roughly the order in which the records were
 * added. A later tier is read only when the earlier ones leave room.
 */
import { sql, type RawBuilder } from 'kysely';
import type { Db } from './dialect.ts';

export interface SearchMatch {
  entityId: string;
  entityType: string;
  /** The match's tier (0, 1 or 2): lower is better. */
  rank: number;
}

/**
 * Columns a search adds to each match from its id and type (such as its display name),
 * so the matches and what is shown of them come in one query.
 */
export type MatchColumns = (entityId: RawBuilder<string>, entityType: RawBuilder<string>) => RawBuilder<unknown>;

/** What one tier's query needs. */
interface TierQuery {
  workspaceId: string;
  terms: string[];
  types: RawBuilder<unknown>;
  limit: number;
  /** Names from `start` (inclusive) to `end` (exclusive) begin with the query. */
  start: string;
  end: string;
  more: MatchColumns;
}

/** The highest code point: every name that begins with a prefix sorts below prefix + this. */
const LAST_CHARACTER = '\u{10FFFF}';

/**
 * The matching entities of one workspace, best first, with the `columns` given. `terms` are
 * already folded (lower case, no diacritics) and non-empty.
 */
export async function searchMatches<R extends SearchMatch = SearchMatch>(
  db: Db,
  workspaceId: string,
  terms: string[],
  types: string[],
  limit: number,
  columns?: MatchColumns,
): Promise<R[]> {
  const start = terms.join(' ');
  const query: TierQuery = {
    workspaceId,
    terms,
    types: sql.join(types.map((t) => sql`${t}`)),
    limit,
    start,
    end: start + LAST_CHARACTER,
    more: (id, type) => (columns ? sql`, ${columns(id, type)}` : sql``),
  };
  const tiers = db.dialect === 'sqlite' ? sqliteTiers : postgresTiers;
  const found: R[] = [];
  for (const tier of tiers) {
    const { rows } = await tier<R>({ ...query, limit: limit - found.length }).execute(db.kysely);
    found.push(...rows);
    if (found.length === limit) break;
  }
  return found;
}

type Tier = <R>(query: TierQuery) => RawBuilder<R>;

/**
 * Names of the workspace that begin with the query: an index range, alphabetical. (Columns
 * are qualified: an added column may be called `title` too.)
 */
const namesBeginning =
  (title: RawBuilder<unknown>, tieBreak: RawBuilder<unknown>): Tier =>
  <R>(q: TierQuery) =>
    sql<R>`select d.entity_id as "entityId", d.entity_type as "entityType", 0 as rank${q.more(sql`d.entity_id`, sql`d.entity_type`)}
      from search_documents d
      where d.workspace_id = ${q.workspaceId} and ${title} >= ${q.start} and ${title} < ${q.end} and d.entity_type in (${q.types})
      order by ${title}, ${tieBreak} limit ${q.limit}`;

// Every term is a quoted prefix: "jos"* matches josé (folded to jose) and josephine. FTS5
// walks its matches in rowid order, so a tier stops after the rows it needs.
const ftsTerms = (terms: string[]) => terms.map((t) => `"${t.replaceAll('"', '""')}"*`).join(' ');

const sqliteMatching =
  (expression: (terms: string) => string, tier: number): Tier =>
  <R>(q: TierQuery) =>
    sql<R>`select d.entity_id as "entityId", d.entity_type as "entityType", ${sql.lit(tier)} as rank${q.more(sql`d.entity_id`, sql`d.entity_type`)}
      from search_fts f join search_documents d on d.rowid = f.rowid
      where search_fts match ${expression(ftsTerms(q.terms))} and d.workspace_id = ${q.workspaceId}
        and d.entity_type in (${q.types}) and not (d.title >= ${q.start} and d.title < ${q.end})
      order by f.rowid limit ${q.limit}`;

const sqliteTiers: Tier[] = [
  namesBeginning(sql`d.title`, sql`d.rowid`),
  sqliteMatching((terms) => `{title} : (${terms})`, 1),
  sqliteMatching((terms) => `(${terms}) NOT {title} : (${terms})`, 2),
];

/** The tsquery of the terms, each as a prefix. */
const tsPrefixes = (terms: string[]) => terms.map((t) => `${t.replace(/[^\p{L}\p{N}]/gu, '')}:*`).join(' & ');

// The matches are a materialised CTE: planned as if all were wanted (the GIN index for a rare
// term, never a scan of the table that a LIMIT makes look cheap), then read only as far as
// the tier needs, so the scan stops there. The name's own tsvector keeps a term that is
// common in details from making the name tier wade through them.
const postgresMatching =
  (condition: (query: RawBuilder<unknown>) => RawBuilder<boolean>, tier: number): Tier =>
  <R>(q: TierQuery) =>
    sql<R>`with matched as materialized (
        select entity_id, entity_type from search_documents
        where workspace_id = ${q.workspaceId} and ${condition(sql`to_tsquery('simple', ${tsPrefixes(q.terms)})`)}
          and entity_type in (${q.types}) and not (title collate "C" >= ${q.start} and title collate "C" < ${q.end}))
      select entity_id as "entityId", entity_type as "entityType", ${sql.lit(tier)} as rank${q.more(sql`entity_id`, sql`entity_type`)}
      from matched limit ${q.limit}`;

const postgresTiers: Tier[] = [
  namesBeginning(sql`d.title collate "C"`, sql`d.entity_id`),
  postgresMatching((query) => sql`title_tsv @@ ${query}`, 1),
  postgresMatching((query) => sql`tsv @@ ${query} and not title_tsv @@ ${query}`, 2),
];
