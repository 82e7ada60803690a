import type SqliteDatabase from 'better-sqlite3';
import type { SqliteDatabase as KyselySqliteDatabase } from 'kysely';

/**
 * Reuses prepared statements by SQL text. Kysely prepares every query anew, and with
 * better-sqlite3 preparing costs more than running a typical indexed query. Statements are
 * kept in least-recently-used order so queries with varying IN lists cannot grow it
 * without bound.
 */
export function withStatementCache(database: SqliteDatabase.Database, capacity = 500): KyselySqliteDatabase {
  const statements = new Map<string, SqliteDatabase.Statement>();
  return {
    close: () => database.close(),
    prepare(sql: string) {
      let statement = statements.get(sql);
      if (statement) {
        statements.delete(sql);
      } else {
        statement = database.prepare(sql);
        if (statements.size >= capacity) statements.delete(statements.keys().next().value!);
      }
      statements.set(sql, statement);
      return statement;
    },
  };
}
