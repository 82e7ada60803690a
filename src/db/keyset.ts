/* eslint-disable @typescript-eslint/no-explicit-any -- Kysely's builder generics cannot name an arbitrary sort column. */
import { sql, type Expression, type Kysely, type SelectQueryBuilder } from 'kysely';
import type { FastifyRequest } from 'fastify';
import { encodeCursor, nextLink, type Cursor, type Page } from '../http/pagination.ts';
import { JsonText } from '../http/json-text.ts';

export interface KeysetOptions {
  /** Qualified column to sort by, e.g. "people.sortName". */
  sortColumn: string;
  /** Qualified id column, the tie-breaker. */
  idColumn: string;
  descending: boolean;
  cursor: Cursor | undefined;
  /** Page size; one row more is fetched. */
  limit: number;
  /**
   * Writes the row count into the SQL instead of passing it as a parameter. PostgreSQL then
   * plans a prepared page query once: with an unknown limit it estimates a tenth of the
   * table, finds the per-row subqueries too costly for a generic plan and plans anew on
   * every execution.
   */
  literalLimit?: boolean;
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
    .limit(options.literalLimit ? sql.lit(options.limit + 1) : options.limit + 1) as QB;
}

/** The cursor of a list query as values of a reusable query (see reusable-query.ts); the page size is part of its shape. */
export interface KeysetValues {
  cursorValue?: string;
  cursorId?: string;
}

/** A list query's cursor as values of a reusable query. */
export function keysetValues(query: { cursor?: Cursor | undefined }): KeysetValues {
  return { cursorValue: query.cursor?.value, cursorId: query.cursor?.id };
}

/** The keyset options of a reusable query, from its (stand-in) values and its page size. */
export function keysetOptions(values: KeysetValues, limit: number): Pick<KeysetOptions, 'cursor' | 'limit' | 'literalLimit'> {
  return {
    cursor: values.cursorValue === undefined ? undefined : { value: values.cursorValue, id: values.cursorId! },
    limit,
    literalLimit: true,
  };
}

/** Cuts the extra row off and links to the next page. */
export function toPage<Row, Item>(
  rows: Row[],
  limit: number,
  request: FastifyRequest,
  cursorOf: (row: Row) => Cursor,
  present: (row: Row) => Item,
): Page<Item> {
  const { pageRows, links } = cutPage(rows, limit, request, cursorOf);
  return { data: pageRows.map(present), links };
}

/** A row the database wrote as JSON (src/db/json-record.ts), with its keyset position. */
export interface JsonRow {
  json: string;
  cursorValue: string;
  id: string;
}

/**
 * A page of records stored as JSON text, in its order: `page` is the cut page (`applyKeyset`)
 * selecting `id`, `recordJson` and the sort column; `built` writes the record of one row by its
 * id, for rows with none stored (evaluated for those only: both databases evaluate `coalesce`
 * lazily). The page carries no other column, so neither database copies whole rows to sort it
 * (on SQLite a page of people of an organisation took 134 µs so, against 201 µs with every
 * column carried).
 */
export function storedRecordPage(
  db: Kysely<any>,
  page: SelectQueryBuilder<any, any, any>,
  sortField: string,
  descending: boolean,
  built: (id: Expression<string>) => Expression<unknown>,
): SelectQueryBuilder<any, any, JsonRow> {
  const direction = descending ? 'desc' : 'asc';
  return db
    .selectFrom(page.as('page'))
    .select((eb: any) => [
      sql<string>`coalesce(${eb.ref('page.recordJson')}, (${built(eb.ref('page.id'))}))`.as('json'),
      eb.ref(`page.${sortField}`).as('cursorValue'),
      'page.id',
    ])
    .orderBy(`page.${sortField}`, direction)
    .orderBy('page.id', direction) as SelectQueryBuilder<any, any, JsonRow>;
}

/** The keyset position of a row written as JSON. */
export function jsonRowCursor(row: JsonRow): Cursor {
  return { value: String(row.cursorValue), id: row.id };
}

/** `toPage` for rows written as JSON: the page's text, the rows joined into it unparsed. */
export function toJsonPage(rows: JsonRow[], limit: number, request: FastifyRequest): JsonText {
  const { pageRows, links } = cutPage(rows, limit, request, jsonRowCursor);
  const parts = ['{"data":['];
  for (const [i, row] of pageRows.entries()) {
    if (i > 0) parts.push(',');
    parts.push(row.json);
  }
  parts.push(`],"links":${JSON.stringify(links)}}`);
  return JsonText.concat(parts);
}

function cutPage<Row>(rows: Row[], limit: number, request: FastifyRequest, cursorOf: (row: Row) => Cursor) {
  const more = rows.length > limit;
  const pageRows = more ? rows.slice(0, limit) : rows;
  const last = pageRows[pageRows.length - 1];
  const links: Page<unknown>['links'] = more && last !== undefined ? { next: nextLink(request, encodeCursor(cursorOf(last))) } : {};
  return { pageRows, links };
}

/** Parses a sort parameter such as "-name" into the field and direction. */
export function parseSort<F extends string>(sort: F | `-${F}`): { field: F; descending: boolean } {
  return sort.startsWith('-') ? { field: sort.slice(1) as F, descending: true } : { field: sort as F, descending: false };
}
