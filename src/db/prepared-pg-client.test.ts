import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshDatabase } from '../test/databases.ts';
import { PreparedStatementClient } from './prepared-pg-client.ts';

describe('PreparedStatementClient', () => {
  let client: PreparedStatementClient;
  let drop: () => Promise<void>;

  beforeAll(async () => {
    const fresh = await freshDatabase('postgres');
    drop = fresh.drop;
    client = new PreparedStatementClient({ connectionString: (fresh.target as { url: string }).url });
    await client.connect();
  });
  afterAll(async () => {
    await client.end();
    await drop();
  });

  it('prepares each data statement once, and at most 500 per connection', async () => {
    const prepared = async () => Number((await client.query('select count(*) as n from pg_prepared_statements')).rows[0].n);
    expect((await client.query('select $1::int + 1 as n', [1])).rows).toEqual([{ n: 2 }]);
    expect((await client.query('select $1::int + 1 as n', [2])).rows).toEqual([{ n: 3 }]);
    // The statement and the count itself.
    expect(await prepared()).toBe(2);
    for (let i = 0; i < 520; i += 1) expect((await client.query(`select ${i}::int as n where $1::int = 1`, [1])).rows).toEqual([{ n: i }]);
    expect(await prepared()).toBe(500);
  });
});
