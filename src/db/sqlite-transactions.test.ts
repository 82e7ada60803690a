import SqliteDatabase from 'better-sqlite3';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshDatabase } from '../test/databases.ts';
import { openDatabase, type Db } from './dialect.ts';

describe('SQLite transactions', () => {
  let db: Db;
  let other: SqliteDatabase.Database;
  let drop: () => Promise<void>;

  beforeAll(async () => {
    const fresh = await freshDatabase('sqlite');
    drop = fresh.drop;
    db = openDatabase(fresh.target);
    await sql`create table counters (n integer)`.execute(db.kysely);
    if (fresh.target.kind !== 'sqlite') throw new Error('a SQLite database was asked for');
    // Another process's connection to the same file, which gives up at once when locked.
    other = new SqliteDatabase(fresh.target.path);
    other.pragma('busy_timeout = 0');
  });
  afterAll(async () => {
    other.close();
    await db.close();
    await drop();
  });

  it('take the write lock when they begin, before their first write', async () => {
    await db.kysely.transaction().execute(async (trx) => {
      await sql`select count(*) from counters`.execute(trx);
      // A reader's transaction would leave the file open to another writer here.
      expect(() => other.exec('begin immediate')).toThrow(/locked/);
      await sql`insert into counters (n) values (1)`.execute(trx);
    });
    other.exec('begin immediate');
    other.exec('insert into counters (n) values (2)');
    other.exec('commit');
    expect((await sql<{ n: number }>`select sum(n) as n from counters`.execute(db.kysely)).rows[0]!.n).toBe(3);
  });
});
