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
 * Within tier 1 on PostgreSQL a one-term query's matches come in the order of the matched
 * words; otherwise within tiers 1 and 2 the index's order holds, roughly the order in which
 * the records were added. A later tier is read only when the earlier ones leave room. A
 * search that leaves out people reads the documents of its kinds whole (search-by-kind.ts).
 */
import { sql, type RawBuilder } from 'kysely';
import type { Db } from './dialect.ts';
import { compilableRaw, reusableQuery, type ReusableQuery } from './reusable-query.ts';
import type { Precondition } from './precondition.ts';
import { readsKindsWhole, searchKindsWhole } from './search-by-kind.ts';

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

/** What shapes a tier's SQL: the entity types asked for and the columns added. */
interface TierShape {
  types: string[];
  /** Names the columns in the query's cache key (a function does not survive JSON). */
  columnsName: string;
  columns: MatchColumns | undefined;
}

/** A tier's values, handed to the query unchanged (see reusable-query.ts). */
interface TierValues {
  workspaceId: string;
  /** Names from `start` (inclusive) to `end` (exclusive) begin with the query. */
  start: string;
  end: string;
  /** The FTS5 expression or the tsquery of the terms; tier 0 does not use it. */
  match?: string;
  /** Words from `wordStart` (inclusive) to `wordEnd` (exclusive) begin with the query's one term. */
  wordStart?: string;
  wordEnd?: string;
  limit: number;
}

interface Tier {
  /** The terms as this tier's database expects them. */
  match: (terms: string[]) => string | undefined;
  run: ReusableQuery<TierShape, TierValues, SearchMatch>;
}

/** The highest code point: every name that begins with a prefix sorts below prefix + this. */
const LAST_CHARACTER = '\u{10FFFF}';

/**
 * The matching entities of one workspace, best first, with the `columns` given. `terms` are
 * already folded (lower case, no diacritics) and non-empty. With a precondition, nothing is
 * read unless it holds.
 */
export async function searchMatches<R extends SearchMatch = SearchMatch>(
  db: Db,
  workspaceId: string,
  terms: string[],
  types: string[],
  limit: number,
  columns?: MatchColumns,
  precondition?: Precondition,
): Promise<R[]> {
  if (readsKindsWhole(types)) return searchKindsWhole<R>(db, workspaceId, terms, types, limit, columns, precondition);
  const start = terms.join(' ');
  const shape: TierShape = { types, columnsName: columns?.name ?? '', columns };
  if (db.dialect === 'postgres') {
    const values = { workspaceId, start, end: start + LAST_CHARACTER, match: tsPrefixes(terms), ...oneTermWords(terms), limit };
    return (await postgresTiers(db.kysely, shape, values, precondition)) as R[];
  }
  const found: R[] = [];
  for (const tier of sqliteTiers) {
    const values = { workspaceId, start, end: start + LAST_CHARACTER, match: tier.match(terms), limit: limit - found.length };
    found.push(...((await tier.run(db.kysely, shape, values, precondition)) as R[]));
    if (found.length === limit) break;
  }
  return found;
}

const typeList = (types: string[]) => sql.join(types.map((t) => sql`${t}`));
const added = (shape: TierShape, id: RawBuilder<string>, type: RawBuilder<string>) =>
  shape.columns ? sql`, ${shape.columns(id, type)}` : sql``;

/**
 * Names of the workspace that begin with the query: an index range, alphabetical. (Columns
 * are qualified: an added column may be called `title` too.)
 */
const namesBeginningSql = (shape: TierShape, v: TierValues, title: RawBuilder<unknown>, tieBreak: RawBuilder<unknown>) =>
  sql<SearchMatch>`select d.entity_id as "entityId", d.entity_type as "entityType", 0 as rank${added(shape, sql`d.entity_id`, sql`d.entity_type`)}
    from search_documents d
    where d.workspace_id = ${v.workspaceId} and ${title} >= ${v.start} and ${title} < ${v.end} and d.entity_type in (${typeList(shape.types)})
    order by ${title}, ${tieBreak} limit ${v.limit}`;

const namesBeginning = (name: string, title: RawBuilder<unknown>, tieBreak: RawBuilder<unknown>): Tier => ({
  match: () => undefined,
  run: reusableQuery(name, (db, shape: TierShape, v: TierValues) => compilableRaw(db, namesBeginningSql(shape, v, title, tieBreak))),
});

// Every term is a quoted prefix: "jos"* matches josé (folded to jose) and josephine. FTS5
// walks its matches in rowid order, so a tier stops after the rows it needs.
const ftsTerms = (terms: string[]) => terms.map((t) => `"${t.replaceAll('"', '""')}"*`).join(' ');

const sqliteMatching = (name: string, expression: (terms: string) => string, tier: number): Tier => ({
  match: (terms) => expression(ftsTerms(terms)),
  run: reusableQuery(name, (db, shape: TierShape, v: TierValues) =>
    compilableRaw(
      db,
      sql<SearchMatch>`select d.entity_id as "entityId", d.entity_type as "entityType", ${sql.lit(tier)} as rank${added(shape, sql`d.entity_id`, sql`d.entity_type`)}
        from search_fts f join search_documents d on d.rowid = f.rowid
        where search_fts match ${v.match} and d.workspace_id = ${v.workspaceId}
          and d.entity_type in (${typeList(shape.types)}) and not (d.title >= ${v.start} and d.title < ${v.end})
        order by f.rowid limit ${v.limit}`,
    ),
  ),
});

const sqliteTiers: Tier[] = [
  namesBeginning('searchNamesBeginningSqlite', sql`d.title`, sql`d.rowid`),
  sqliteMatching('searchNameWordsSqlite', (terms) => `{title} : (${terms})`, 1),
  sqliteMatching('searchDetailsSqlite', (terms) => `(${terms}) NOT {title} : (${terms})`, 2),
];

/** A term as a tsquery prefix holds it: letters and digits only. */
const tsTerm = (term: string) => term.replace(/[^\p{L}\p{N}]/gu, '');

/** The tsquery of the terms, each as a prefix. */
const tsPrefixes = (terms: string[]) => terms.map((t) => `${tsTerm(t)}:*`).join(' & ');

// The matches are a materialised CTE: planned as if all were wanted (the GIN index for a rare
// term, never a scan of the table that a LIMIT makes look cheap), then read only as far as
// the tier needs, so the scan stops there. The name's own tsvector keeps a term that is
// common in details from making the name tier wade through them.
const postgresMatchingSql = (
  shape: TierShape,
  v: TierValues,
  condition: (query: RawBuilder<unknown>) => RawBuilder<boolean>,
  tier: number,
) =>
  sql<SearchMatch>`with matched as materialized (
      select entity_id, entity_type from search_documents
      where workspace_id = ${v.workspaceId} and ${condition(sql`to_tsquery('simple', ${v.match})`)}
        and entity_type in (${typeList(shape.types)}) and not (title collate "C" >= ${v.start} and title collate "C" < ${v.end}))
    select entity_id as "entityId", entity_type as "entityType", ${sql.lit(tier)} as rank${added(shape, sql`entity_id`, sql`entity_type`)}
    from matched limit ${v.limit}`;

/** The words that begin with the one term of a query, for the tier that reads them. */
const oneTermWords = (terms: string[]) => {
  if (terms.length !== 1) return {};
  const term = tsTerm(terms[0]!);
  return { wordStart: term, wordEnd: term + LAST_CHARACTER };
};

// The name words (migration 2026120201) that begin with the term, in word order: a range of a
// B-tree read only as far as the tier needs, where the GIN index merges the entries of every
// word with that start first. A name with two such words counts once, at the first. Each
// word's document is looked up by its key (`offset 0` keeps the planner from joining the other
// way round, through the GIN index).
const nameWordRangeSql = (shape: TierShape, v: TierValues) =>
  sql<SearchMatch>`select d.entity_id as "entityId", d.entity_type as "entityType", 1 as rank${added(shape, sql`d.entity_id`, sql`d.entity_type`)}
    from search_name_words w cross join lateral (
      select entity_id, entity_type, title, title_tsv from search_documents where entity_id = w.entity_id offset 0
    ) d
    where w.workspace_id = ${v.workspaceId} and w.word >= ${v.wordStart} and w.word < ${v.wordEnd}
      and d.title_tsv @@ to_tsquery('simple', ${v.match}) and d.entity_type in (${typeList(shape.types)})
      and not (d.title collate "C" >= ${v.start} and d.title collate "C" < ${v.end})
      and not exists (select from search_name_words e where e.entity_id = w.entity_id and e.word >= ${v.wordStart} and e.word < w.word)
    order by w.word, w.entity_id limit ${v.limit}`;

// The three tiers on PostgreSQL, in one statement: PostgreSQL reads the branches of a UNION ALL
// one after the other and only as far as the LIMIT above them asks, so a later tier runs only
// when the earlier ones leave room, without a round trip of its own. Tier 1 reads the name
// words for one term; several terms keep the GIN index, which intersects their lists (walking
// one term's words would read every name with a common first name to find the few with a rare
// second term). Only a parallel append would interleave the branches, and PostgreSQL does not
// plan one for a read this small: starting workers costs more than the whole read.
const postgresTiers = reusableQuery('searchTiersPostgres', (db, shape: TierShape, v: TierValues) =>
  compilableRaw(
    db,
    sql<SearchMatch>`select * from (
        (${namesBeginningSql(shape, v, sql`d.title collate "C"`, sql`d.entity_id`)})
        union all
        (${v.wordStart === undefined ? postgresMatchingSql(shape, v, (query) => sql`title_tsv @@ ${query}`, 1) : nameWordRangeSql(shape, v)})
        union all
        (${postgresMatchingSql(shape, v, (query) => sql`tsv @@ ${query} and not title_tsv @@ ${query}`, 2)})
      ) tiers limit ${v.limit}`,
  ),
);
