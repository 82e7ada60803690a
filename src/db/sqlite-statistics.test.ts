import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openDatabase } from './dialect.ts';
import { STATISTICS_INTERVAL_MS } from './sqlite-statistics.ts';

describe('SQLite planner statistics', () => {
  const folder = mkdtempSync(join(tmpdir(), 'kring-statistics-'));
  afterEach(() => {
    vi.useRealTimers();
    rmSync(folder, { recursive: true, force: true });
  });

  it('are refreshed every hour for tables that grew after the database was opened, until it is closed', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    const db = openDatabase({ kind: 'sqlite', path: join(folder, 'kring.sqlite') });
    const k = db.kysely;
    await sql`create table grown (kind text, n integer)`.execute(k);
    await sql`create index grown_kind_idx on grown (kind)`.execute(k);
    await sql`with recursive n(v) as (select 1 union all select v + 1 from n where v < 2000)
      insert into grown select 'k' || (v % 40), v from n`.execute(k);
    const analysed = async () => {
      const tables = await sql<{ name: string }>`select name from sqlite_master where name = 'sqlite_stat1'`.execute(k);
      if (tables.rows.length === 0) return [];
      return (await sql<{ tbl: string }>`select tbl from sqlite_stat1`.execute(k)).rows.map((row) => row.tbl);
    };
    expect(await analysed()).not.toContain('grown');
    vi.advanceTimersByTime(STATISTICS_INTERVAL_MS);
    expect(await analysed()).toContain('grown');
    expect(vi.getTimerCount()).toBe(1);
    await db.close();
    expect(vi.getTimerCount()).toBe(0);
  });
});
