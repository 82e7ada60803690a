/* eslint-disable @typescript-eslint/no-explicit-any -- Kysely's builder generics cannot name an arbitrary sort column. */
import type { SelectQueryBuilder } from 'kysely';
import type { FastifyRequest } from 'fastify';
import { encodeCursor, nextLink, type Cursor, type Page } from '../http/pagination.ts';

export interface KeysetOptions {
  /** Qualified column to sort by, e.g. "people.sortName". */
  sortColumn: string;
  /** Qualified id column, the tie-breaker. */
  idColumn: string;
  descending: boolean;
  cursor: Cursor | undefined;
  limit: number;
}

/**
 * Keyset (seek) pagination: continues after the cursor's (sort value, id) with a row-value
 * comparison both dialects answer from the (workspace, sort, id) index. Fetches one extra
 * row to know whether there is a next page.
 */
export function applyKeyset<QB extends SelectQueryBuilder<any, any, any>>(qb: QB, options: KeysetOptions): QB {
  const direction = options.descending ? 'desc' : 'asc';
  let query = qb as SelectQueryBuilder<any, any, any>;
  if (options.cursor) {
    const { value, id } = options.cursor;
    query = query.where(({ eb, refTuple, tuple }) =>
      eb(refTuple(options.sortColumn as any, options.idColumn as any), options.descending ? '<' : '>', tuple(value, id)),
    );
  }
  return query
    .orderBy(options.sortColumn as any, direction)
    .orderBy(options.idColumn as any, direction)
    .limit(options.limit + 1) as QB;
}

/** Cuts the extra row off and links to the next page. */
export function toPage<Row, Item>(
  rows: Row[],
  limit: number,
  request: FastifyRequest,
  cursorOf: (row: Row) => Cursor,
  present: (row: Row) => Item,
): Page<Item> {
  const more = rows.length > limit;
  const pageRows = more ? rows.slice(0, limit) : rows;
  const last = pageRows[pageRows.length - 1];
  return {
    data: pageRows.map(present),
    links: more && last !== undefined ? { next: nextLink(request, encodeCursor(cursorOf(last))) } : {},
  };
}

/** Parses a sort parameter such as "-name" into the field and direction. */
export function parseSort<F extends string>(sort: F | `-${F}`): { field: F; descending: boolean } {
  return sort.startsWith('-') ? { field: sort.slice(1) as F, descending: true } : { field: sort as F, descending: false };
}
