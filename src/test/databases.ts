import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import type { DatabaseTarget } from '../config/config.ts';
import { openDatabase, type Db, type DialectName } from '../db/dialect.ts';
import { migrateToLatest } from '../db/migrate.ts';

/** Both dialects, always: a PostgreSQL that is down fails the run instead of skipping it. */
export const dialects: DialectName[] = ['sqlite', 'postgres'];

const POSTGRES_ADMIN_URL = process.env.KRING_TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

/** A fresh, empty database of the dialect, and a function that removes it. */
export async function freshDatabase(dialect: DialectName): Promise<{ target: DatabaseTarget; drop: () => Promise<void> }> {
  if (dialect === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'kring-test-'));
    return { target: { kind: 'sqlite', path: join(dir, 'kring.sqlite') }, drop: async () => rmSync(dir, { recursive: true, force: true }) };
  }
  const name = `kring_test_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
  const admin = new pg.Client({ connectionString: POSTGRES_ADMIN_URL });
  await admin.connect();
  try {
    await admin.query(`create database ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(POSTGRES_ADMIN_URL);
  url.pathname = `/${name}`;
  return {
    target: { kind: 'postgres', url: url.toString() },
    drop: async () => {
      const client = new pg.Client({ connectionString: POSTGRES_ADMIN_URL });
      await client.connect();
      try {
        await client.query(`drop database if exists ${name} with (force)`);
      } finally {
        await client.end();
      }
    },
  };
}

/** A fresh database of the dialect, opened and migrated, and a function that closes and removes it. */
export async function openFreshDatabase(dialect: DialectName): Promise<{ db: Db; close: () => Promise<void> }> {
  const fresh = await freshDatabase(dialect);
  const db = openDatabase(fresh.target);
  await migrateToLatest(db);
  return {
    db,
    close: async () => {
      await db.close();
      await fresh.drop();
    },
  };
}
