import type { Db } from '../../db/dialect.ts';
import { hashSecret } from '../../lib/ids.ts';
import { countAttempt, type AttemptCount } from './sign-in-attempts.repository.ts';

type Done = (error: Error | null, count?: AttemptCount) => void;

/**
 * A store for @fastify/rate-limit that counts in the database: every process of
 * KRING_WORKERS sees the same count, and a restart does not reset it. The key (address and
 * account) is stored only as a hash.
 */
export function databaseAttemptStore(db: Db) {
  return class DatabaseAttemptStore {
    incr(key: string, done: Done, timeWindow: number): void {
      countAttempt(db.kysely, hashSecret(key), Date.now(), timeWindow).then(
        (count) => done(null, count),
        (error: Error) => done(error),
      );
    }

    /** Signing in is the only route limited, so a route needs no store of its own. */
    child(): DatabaseAttemptStore {
      return this;
    }
  };
}
