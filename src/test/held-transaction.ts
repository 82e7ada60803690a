import { sql, type Kysely, type Transaction } from 'kysely';
import type { Database } from '../db/schema.ts';

/**
 * Runs `work` in a transaction and holds it open, uncommitted, until `release` is called, as a
 * slow write would be: other writes can be started against it. `release` commits and waits.
 */
export async function holdTransactionOpen(
  db: Kysely<Database>,
  work: (trx: Transaction<Database>) => Promise<void>,
): Promise<{ release: () => Promise<void> }> {
  let release!: () => void;
  let worked!: () => void;
  const done = new Promise<void>((resolve) => (worked = resolve));
  const committed = db.transaction().execute(async (trx) => {
    await work(trx);
    worked();
    await new Promise<void>((resolve) => (release = resolve));
  });
  await Promise.race([done, committed]);
  return {
    release: async () => {
      release();
      await committed;
    },
  };
}

/** Whether another session of this PostgreSQL database comes to wait on an advisory lock within about 5 s. */
export async function someoneWaitsOnAdvisoryLock(db: Kysely<Database>): Promise<boolean> {
  const waiting = async () =>
    Number(
      (
        await sql<{ n: string }>`select count(*) as n from pg_stat_activity
          where datname = current_database() and wait_event_type = 'Lock' and wait_event = 'advisory'`.execute(db)
      ).rows[0]!.n,
    );
  for (let poll = 0; poll < 500; poll += 1) {
    if ((await waiting()) > 0) return true;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  return false;
}
