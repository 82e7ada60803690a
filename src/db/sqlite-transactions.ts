import { CompiledQuery, SqliteDialect, type DatabaseConnection, type Driver } from 'kysely';

/**
 * Kysely's SQLite dialect, with transactions that take the write lock when they begin
 * (`begin immediate`) rather than at their first write. Kring's transactions are there to
 * write, and most read first. Under `KRING_WORKERS` several processes share the database
 * file: begun as a reader, a transaction that wants to write after another process has
 * written since it began fails at once with SQLITE_BUSY, which no busy timeout waits out.
 * Taking the lock first makes it wait its turn (up to the busy timeout) instead. Within one
 * process Kysely already runs one transaction at a time, so this costs nothing there.
 */
export class SqliteDialectWithWriteTransactions extends SqliteDialect {
  override createDriver(): Driver {
    const driver = super.createDriver();
    driver.beginTransaction = async (connection: DatabaseConnection) => {
      await connection.executeQuery(CompiledQuery.raw('begin immediate'));
    };
    return driver;
  }
}
