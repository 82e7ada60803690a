import type { FastifyRequest } from 'fastify';
import { parseSort, toPage } from '../../db/keyset.ts';
import type { Cursor, Page } from '../../http/pagination.ts';

/**
 * A page of rows sorted by one of `sortColumns` (sort field → row column), with the cursor
 * taken from the last row's sort value, presented in one batch (links are fetched per page).
 */
export async function recordPage<Row extends { id: string }, Item, F extends string>(
  rows: Row[],
  query: { limit: number; sort: F | `-${F}` },
  request: FastifyRequest,
  sortColumns: Record<F, keyof Row>,
  present: (rows: Row[]) => Promise<Item[]>,
): Promise<Page<Item>> {
  const column = sortColumns[parseSort(query.sort).field];
  const cursorOf = (row: Row): Cursor => ({ value: String(row[column]), id: row.id });
  const page = toPage(rows, query.limit, request, cursorOf, (row) => row);
  return { ...page, data: await present(page.data) };
}
