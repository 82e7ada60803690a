/**
 * Prepares the benchmark database before loading: makes sure a PostgreSQL database exists
 * and, with --fresh, starts from nothing (SQLite: remove the files; PostgreSQL: drop the schema).
 */
import { rmSync } from 'node:fs';
import pg from 'pg';
import type { DatabaseTarget } from '../src/config/config.ts';

/** Creates the PostgreSQL database if missing and empties the target when fresh is set. */
export async function prepareTarget(target: DatabaseTarget, fresh: boolean): Promise<void> {
  if (target.kind === 'sqlite') {
    if (fresh && target.path !== ':memory:') {
      for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(`${target.path}${suffix}`, { force: true });
    }
    return;
  }
  const url = new URL(target.url);
  const name = decodeURIComponent(url.pathname.replace(/^\//, ''));
  if (name === '' || name === 'postgres') throw new Error('bench: name a database of its own, e.g. postgres://127.0.0.1:5432/kring_bench');
  await createDatabaseIfMissing(url, name);
  if (!fresh) return;
  const client = new pg.Client({ connectionString: target.url });
  await client.connect();
  try {
    // The whole schema goes, migration bookkeeping included, so the migrator starts over.
    await client.query('drop schema if exists public cascade');
    await client.query('create schema public');
  } finally {
    await client.end();
  }
}

async function createDatabaseIfMissing(url: URL, name: string): Promise<void> {
  const admin = new URL(url);
  admin.pathname = '/postgres';
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    const { rowCount } = await client.query('select 1 from pg_database where datname = $1', [name]);
    if (rowCount === 0) await client.query(`create database "${name.replaceAll('"', '""')}"`);
  } finally {
    await client.end();
  }
}
