/* eslint-disable @typescript-eslint/no-explicit-any -- a narrowing may select from any table; only its `id` column matters. */
import { sql, type Kysely, type RawBuilder, type SelectQueryBuilder } from 'kysely';
import { dialectOf } from './dialect.ts';
import type { Database } from './schema.ts';
import { runAfter, type Precondition } from './precondition.ts';

/**
 * The most rows a filter may match for a page to be read through it rather than through its
 * sort order. A page read in sort order reads rows until it has a page of matches: for a filter
 * matching a share p of the workspace, about 51 / p rows, some 1.7 µs each on SQLite. Read
 * through the filter it looks up every match by id and sorts them, some 5 µs each. With 5,000
 * as the bound neither read costs more than about 25 ms however rare the filter: on 100,000
 * people the 4,798 of the largest organisation, newest first, took 17 ms; of 1,000,000
 * relations the 8,947 begun by a date, read in order, 16 ms (`npm run bench -- filters`). The
 * count itself stops at the bound: a few thousand index entries, 0.2 ms.
 */
export const NARROWING_LIMIT = 5_000;

/** The ids of the rows one filter matches, read through an index of the filter's own. */
export type MatchingIds = SelectQueryBuilder<Database, any, { id: string }>;

/**
 * Of the filters given, the one that matches fewest rows, when that is at most
 * `limit`; undefined when every one matches more (or none is given). One statement
 * counts them all, each no further than the bound, after the precondition if one is given.
 */
export async function narrowestFilter<K extends string>(
  db: Kysely<Database>,
  keys: readonly K[],
  matching: (key: K) => MatchingIds,
  { limit = NARROWING_LIMIT, precondition }: { limit?: number; precondition?: Precondition } = {},
): Promise<K | undefined> {
  if (keys.length === 0) return undefined;
  const counts = db.selectNoFrom((eb) =>
    keys.map((key) =>
      eb
        .selectFrom(
          matching(key)
            .limit(sql.lit(limit + 1))
            .as('matches'),
        )
        .select((counted) => counted.fn.countAll().as('n'))
        .as(key),
    ),
  );
  const [row] = (await runAfter(db, counts, precondition)) as unknown as Record<K, number | string>[];
  let narrowest: K | undefined;
  for (const key of keys) {
    const count = Number(row![key]);
    if (count <= limit && (narrowest === undefined || count < Number(row![narrowest]))) narrowest = key;
  }
  return narrowest;
}

/**
 * A workspace column as a page compares it. When the page is read through a filter (or a
 * party's indexes), an expression on the column keeps SQLite's planner off the workspace's sort
 * indexes, which it would otherwise walk from the start; PostgreSQL plans such pages well as
 * they are.
 */
export function workspaceColumn(db: Kysely<Database>, column: string, readThroughFilter: boolean): RawBuilder<string> {
  return readThroughFilter && dialectOf(db) === 'sqlite' ? sql<string>`${sql.ref(column)} || ''` : sql<string>`${sql.ref(column)}`;
}
