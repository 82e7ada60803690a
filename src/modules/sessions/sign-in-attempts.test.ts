// Sign-in attempts are counted in the database, on both databases: every server process sees
// one count, and the table keeps neither the address nor the account.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../db/dialect.ts';
import { dialects, freshDatabase, openFreshDatabase } from '../../test/databases.ts';
import { makeUser, TEST_PASSWORD } from '../../test/factories.ts';
import { startTestServer, type TestServer } from '../../test/test-server.ts';
import { countAttempt } from './sign-in-attempts.repository.ts';

const MINUTE = 60_000;

describe.each(dialects)('sign-in attempts on %s', (dialect) => {
  let db: Db;
  let close: () => Promise<void>;

  beforeAll(async () => {
    ({ db, close } = await openFreshDatabase(dialect));
  });
  afterAll(() => close());

  it('counts within a window, opens a new one when it has ended, and deletes ended windows', async () => {
    expect(await countAttempt(db.kysely, 'a', 1_000, MINUTE)).toEqual({ current: 1, ttl: MINUTE });
    expect(await countAttempt(db.kysely, 'a', 2_000, MINUTE)).toEqual({ current: 2, ttl: MINUTE - 1_000 });
    expect(await countAttempt(db.kysely, 'b', 30_000, MINUTE)).toEqual({ current: 1, ttl: MINUTE });
    // a's window ended at 61,000: b's attempt then removes it, and a starts again.
    expect(await countAttempt(db.kysely, 'b', 61_000, MINUTE)).toEqual({ current: 2, ttl: MINUTE - 31_000 });
    const keys = await db.kysely.selectFrom('signInAttempts').select('keyHash').execute();
    expect(keys.map((row) => row.keyHash)).toEqual(['b']);
    expect(await countAttempt(db.kysely, 'a', 61_000, MINUTE)).toEqual({ current: 1, ttl: MINUTE });
  });

  it('counts every one of many attempts made at once', async () => {
    const counts = await Promise.all(Array.from({ length: 20 }, () => countAttempt(db.kysely, 'burst', 100_000, MINUTE)));
    expect(counts.map((count) => count.current).sort((x, y) => x - y)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
  });

  describe('two servers on one database', () => {
    let database: Awaited<ReturnType<typeof freshDatabase>>;
    let first: TestServer;
    let second: TestServer;

    beforeAll(async () => {
      database = await freshDatabase(dialect);
      first = await startTestServer(dialect, { KRING_LOGIN_RATE_LIMIT: '3' }, database);
      second = await startTestServer(dialect, { KRING_LOGIN_RATE_LIMIT: '3' }, database);
    });
    afterAll(async () => {
      await second.close();
      await first.close();
      await database.drop();
    });

    it('share one limit, and store only a hash of the address and the account', async () => {
      const user = await makeUser(first.ctx);
      const signIn = (server: TestServer, password: string) =>
        server.request('POST', '/api/v1/sessions', { body: { email: user.email, password } });
      expect((await signIn(first, 'wrong-password-1')).status).toBe(401);
      expect((await signIn(second, 'wrong-password-1')).status).toBe(401);
      expect((await signIn(first, 'wrong-password-1')).status).toBe(401);
      expect((await signIn(second, TEST_PASSWORD)).status).toBe(429);

      const rows = await first.ctx.db.kysely.selectFrom('signInAttempts').selectAll().execute();
      expect(rows).toHaveLength(1);
      expect(rows[0]!.attempts).toBe(4);
      expect(rows[0]!.keyHash).toMatch(/^[0-9a-f]{64}$/);
    });
  });
});
