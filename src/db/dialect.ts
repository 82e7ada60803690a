/**
 * The one place where SQLite and PostgreSQL differ: connecting, column types, error
 * recognition and full-text search. Everything else speaks plain Kysely.
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import pg from 'pg';
import { CamelCasePlugin, Kysely, PostgresDialect, SqliteDialect, sql, type RawBuilder } from 'kysely';
import type { DatabaseTarget } from '../config/config.ts';
import type { Database } from './schema.ts';
import { withStatementCache } from './statement-cache.ts';

export type DialectName = 'sqlite' | 'postgres';

/** An open database: the Kysely handle plus which dialect it speaks. */
export interface Db {
  kysely: Kysely<Database>;
  dialect: DialectName;
  close(): Promise<void>;
}

// PostgreSQL returns timestamptz as Date and date as Date by default; Kring speaks ISO strings.
pg.types.setTypeParser(pg.types.builtins.TIMESTAMPTZ, (value) => new Date(value).toISOString());
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
    // Keeps the query planner's statistics fresh, as SQLite advises for long-lived connections.
    database.pragma('optimize = 0x10002');
    const kysely = new Kysely<Database>({
      dialect: new SqliteDialect({ database: withStatementCache(database) }),
      plugins: [new CamelCasePlugin()],
    });
    return { kysely, dialect: 'sqlite', close: () => kysely.destroy() };
  }
  const pool = new pg.Pool({ connectionString: target.url, max: options.poolSize ?? 10 });
  // An idle client's error (e.g. the server restarting) must not crash the process.
  pool.on('error', () => {});
  const kysely = new Kysely<Database>({
    dialect: new PostgresDialect({ pool }),
    plugins: [new CamelCasePlugin()],
  });
  return { kysely, dialect: 'postgres', close: () => kysely.destroy() };
}

/** Tells which dialect a Kysely instance speaks (migrations only receive the handle). */
export function dialectOf(kysely: Kysely<unknown>): DialectName {
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

/** `column LIKE 'prefix%'` with wildcards in the prefix escaped; the explicit ESCAPE works on both. */
export function startsWith(column: string, prefix: string): RawBuilder<boolean> {
  const escaped = prefix.replace(/[\\%_]/g, (c) => `\\${c}`);
  return sql<boolean>`${sql.ref(column)} like ${`${escaped}%`} escape '\\'`;
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
 * A full-text match over search documents: the ids and ranks of matching entities,
 * best first. `terms` are already folded (lower case, no diacritics) and non-empty.
 */
export function searchMatches(
  dialect: DialectName,
  workspaceId: string,
  terms: string[],
  types: string[],
  limit: number,
): RawBuilder<{ entityId: string; entityType: string; rank: number }> {
  if (dialect === 'sqlite') {
    // Scope tokens narrow the match to the workspace and types inside the index, so ranking
    // never reads the table; every term is a quoted prefix: "jos"* matches josé (folded to
    // jose) and josephine.
    const scope = `scope:"w${workspaceId.replaceAll('-', '')}" AND (${types.map((t) => `scope:"t${t}"`).join(' OR ')})`;
    const words = terms.map((t) => `"${t.replaceAll('"', '""')}"*`).join(' ');
    return sql`select d.entity_id as "entityId", d.entity_type as "entityType", m.rank as rank
      from (select rowid, bm25(search_fts, 0.0, 10.0, 1.0) as rank from search_fts
            where search_fts match ${`${scope} AND {title body}:(${words})`} order by rank limit ${limit}) m
      join search_documents d on d.rowid = m.rowid
      order by m.rank`;
  }
  const query = terms
    .map((t) => `${t.replace(/[^\p{L}\p{N}]/gu, '')}:*`)
    .filter((t) => t !== ':*')
    .join(' & ');
  return sql`select entity_id as "entityId", entity_type as "entityType",
      -ts_rank(tsv, to_tsquery('simple', ${query})) as rank
    from search_documents
    where workspace_id = ${workspaceId} and tsv @@ to_tsquery('simple', ${query}) and entity_type in (${sql.join(types.map((t) => sql`${t}`))})
    order by rank limit ${limit}`;
}
