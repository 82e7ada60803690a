/**
 * Where SQLite and PostgreSQL differ: connecting, column types, error recognition and SQL
 * helpers (full-text search is in search-match.ts). Everything else speaks plain Kysely.
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import pg from 'pg';
import { CamelCasePlugin, Kysely, PostgresDialect, sql, type Expression, type RawBuilder, type SqlBool } from 'kysely';
import type { DatabaseTarget } from '../config/config.ts';
import type { Database } from './schema.ts';
import { withStatementCache } from './statement-cache.ts';
import { SqliteDialectWithWriteTransactions } from './sqlite-transactions.ts';
import { keepStatisticsFresh } from './sqlite-statistics.ts';
import { PreparedStatementClient } from './prepared-pg-client.ts';

export type DialectName = 'sqlite' | 'postgres';

/** An open database: the Kysely handle plus which dialect it speaks. */
export interface Db {
  kysely: Kysely<Database>;
  dialect: DialectName;
  close(): Promise<void>;
}

const UTC_TIMESTAMP = /^(\d{4}-\d\d-\d\d) (\d\d:\d\d:\d\d)(?:\.(\d{1,6}))?\+00$/;

/**
 * PostgreSQL's text form of a timestamptz as an ISO string in UTC (milliseconds, like
 * Date#toISOString). A session in UTC sends `2025-02-27 21:47:21.652+00`, which is
 * rearranged directly: parsing it as a Date costs several times more, on every row.
 */
export function timestampToIso(value: string): string {
  const utc = UTC_TIMESTAMP.exec(value);
  if (utc === null) return new Date(value).toISOString();
  return `${utc[1]}T${utc[2]}.${(utc[3] ?? '').padEnd(3, '0').slice(0, 3)}Z`;
}

// PostgreSQL returns timestamptz as Date and date as Date by default; Kring speaks ISO strings.
pg.types.setTypeParser(pg.types.builtins.TIMESTAMPTZ, timestampToIso);
pg.types.setTypeParser(pg.types.builtins.DATE, (value) => value);
pg.types.setTypeParser(pg.types.builtins.INT8, (value) => Number(value));

/** Opens the database named by the target (SQLite in WAL mode, or a PostgreSQL pool). */
export function openDatabase(target: DatabaseTarget, options: { poolSize?: number } = {}): Db {
  if (target.kind === 'sqlite') {
    if (target.path !== ':memory:') mkdirSync(dirname(target.path), { recursive: true });
    const database = new SqliteDatabase(target.path);
    database.pragma('journal_mode = WAL');
    database.pragma('synchronous = NORMAL');
    database.pragma('foreign_keys = ON');
    database.pragma('busy_timeout = 5000');
    // Reads go straight to the mapped file and keep hot pages cached, instead of copying
    // each page through a 2 MB cache; this roughly halves the time of a typical query.
    database.pragma('mmap_size = 1073741824');
    database.pragma('cache_size = -65536');
    const stopRefreshingStatistics = keepStatisticsFresh(database);
    const kysely = new Kysely<Database>({
      dialect: new SqliteDialectWithWriteTransactions({ database: withStatementCache(database) }),
      plugins: [new CamelCasePlugin()],
    });
    const close = async () => {
      stopRefreshingStatistics();
      await kysely.destroy();
    };
    return { kysely, dialect: 'sqlite', close };
  }
  const pool = new pg.Pool({ connectionString: target.url, max: options.poolSize ?? 10, Client: PreparedStatementClient });
  // An idle client's error (e.g. the server restarting) must not crash the process.
  pool.on('error', () => {});
  const kysely = new Kysely<Database>({
    dialect: new PostgresDialect({ pool }),
    plugins: [new CamelCasePlugin()],
  });
  return { kysely, dialect: 'postgres', close: () => kysely.destroy() };
}

/** Tells which dialect a Kysely instance speaks (migrations only receive the handle). */
export function dialectOf<DB>(kysely: Kysely<DB>): DialectName {
  return kysely.getExecutor().adapter.constructor.name.startsWith('Postgres') ? 'postgres' : 'sqlite';
}

type ColumnType = Parameters<ReturnType<Kysely<unknown>['schema']['createTable']>['addColumn']>[1];

/** Column types that differ between the dialects. */
export function columnTypes(dialect: DialectName): Record<'uuid' | 'timestamp' | 'date' | 'autoId' | 'sortKey', ColumnType> {
  // Folded sort keys compare byte-wise on both (SQLite's BINARY, PostgreSQL's "C"), so both
  // dialects sort alike and prefix LIKE can use the index.
  return dialect === 'postgres'
    ? { uuid: 'uuid', timestamp: 'timestamptz', date: 'date', autoId: 'bigserial', sortKey: sql`text collate "C"` }
    : { uuid: 'text', timestamp: 'text', date: 'text', autoId: 'integer', sortKey: sql`text` };
}

/** The folded sort keys that start with a prefix (see `prefixRange`). */
export interface PrefixRange {
  from: string;
  /** Absent when the prefix ends in the last code point, which nothing follows. */
  before: string | undefined;
}

/**
 * The values that start with `prefix`, as a range of a folded sort key: from the prefix itself
 * up to, not including, the prefix with its last character raised by one. Sort keys compare
 * byte-wise on both databases (`columnTypes`), and UTF-8's byte order is that of the code
 * points, so the range holds exactly the values with that prefix. Unlike `LIKE 'prefix%'`,
 * which SQLite reads through an index only for case-insensitive indexes, both databases read
 * the range from the sort index: on SQLite a name nobody has took 18 ms on 100,000 people,
 * one index probe now. No character of the prefix is a wildcard.
 */
export function prefixRange(prefix: string): PrefixRange {
  const codePoints = Array.from(prefix);
  const last = codePoints.pop()?.codePointAt(0);
  if (last === undefined || last === 0x10ffff) return { from: prefix, before: undefined };
  // A lone surrogate is not text: after U+D7FF comes U+E000.
  const next = last + 1 === 0xd800 ? 0xe000 : last + 1;
  return { from: prefix, before: codePoints.join('') + String.fromCodePoint(next) };
}

/** `column` within a prefix range (see `prefixRange`). */
export function inPrefixRange(column: string, range: PrefixRange): Expression<SqlBool> {
  const from = sql<SqlBool>`${sql.ref(column)} >= ${range.from}`;
  return range.before === undefined ? from : sql<SqlBool>`(${from} and ${sql.ref(column)} < ${range.before})`;
}

/** Values of `column` (a folded sort key) that start with `prefix`. */
export function startsWith(column: string, prefix: string): Expression<SqlBool> {
  return inPrefixRange(column, prefixRange(prefix));
}

/**
 * The calendar year (YYYY, UTC) of a date column, or of a timestamp column where the date is
 * empty: SQLite stores both as ISO text, PostgreSQL as date and timestamptz.
 */
export function yearOf(dialect: DialectName, date: string, fallbackTimestamp: string): RawBuilder<string> {
  return dialect === 'postgres'
    ? sql<string>`to_char(coalesce(${sql.ref(date)}, (${sql.ref(fallbackTimestamp)} at time zone 'UTC')::date), 'YYYY')`
    : sql<string>`substr(coalesce(${sql.ref(date)}, ${sql.ref(fallbackTimestamp)}), 1, 4)`;
}

/**
 * The values of a correlated subquery's rows as one JSON array (text), in `orderBy` order;
 * `[]` when there are none. Read the column with `fromJson`. Lets a page carry its records'
 * lists in the same query instead of one query more per list.
 */
export function jsonArrayOf(dialect: DialectName, value: Expression<unknown>, orderBy: Expression<unknown>[]): RawBuilder<string> {
  return dialect === 'postgres'
    ? sql<string>`coalesce(json_agg(${value} order by ${sql.join(orderBy)}), '[]')::text`
    : sql<string>`json_group_array(${value} order by ${sql.join(orderBy)})`;
}

/** A JSON object of the given columns, keyed by their names (for `jsonArrayOf`). */
export function jsonObjectOf(dialect: DialectName, fields: Record<string, Expression<unknown>>): RawBuilder<unknown> {
  const pairs = Object.entries(fields).map(([key, value]) => sql`${sql.lit(key)}, ${value}`);
  return dialect === 'postgres' ? sql`json_build_object(${sql.join(pairs)})` : sql`json_object(${sql.join(pairs)})`;
}

/** Reads a `jsonArrayOf` column. Both dialects send it as text: parsed by PostgreSQL's driver, the camel-case mapping would copy every nested object. */
export function fromJson<T>(value: unknown): T {
  return JSON.parse(value as string) as T;
}

/** Is the error a unique-constraint violation? */
export function isUniqueViolation(error: unknown): boolean {
  const e = error as { code?: string } | null;
  return e?.code === '23505' || e?.code === 'SQLITE_CONSTRAINT_UNIQUE' || e?.code === 'SQLITE_CONSTRAINT_PRIMARYKEY';
}

/** Is the error a foreign-key violation? */
export function isForeignKeyViolation(error: unknown): boolean {
  const e = error as { code?: string } | null;
  return e?.code === '23503' || e?.code === 'SQLITE_CONSTRAINT_FOREIGNKEY';
}

/**
 * Refreshes PostgreSQL's statistics of tables that a bulk write has grown, within the
 * transaction. Until autovacuum gets to them (a minute or more), the planner would keep
 * treating a table that was nearly empty as such: after 5,000 imported people, looking up
 * their e-mail addresses scanned the whole table, 1.0 s instead of 0.08 s. SQLite needs no
 * such care here.
 */
export async function refreshStatistics(db: Kysely<Database>, tables: (keyof Database & string)[]): Promise<void> {
  if (dialectOf(db) !== 'postgres') return;
  for (const table of tables) await sql`analyze ${sql.table(snakeCase(table))}`.execute(db);
}

const snakeCase = (name: string) => name.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);
