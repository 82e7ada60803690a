import pino, { type Logger } from 'pino';
import type { Config } from '../config/config.ts';
import { openDatabase } from '../db/dialect.ts';
import { migrateToLatest } from '../db/migrate.ts';
import type { FastifyInstance } from 'fastify';
import { InFlight } from '../http/in-flight.ts';
import type { AppContext } from './context.ts';

/** The JSON logger; credentials are redacted should any ever reach a log line. */
export function createLogger(level: Config['logLevel']): Logger {
  return pino({
    level,
    redact: ['req.headers.authorization', 'req.headers.cookie', 'password', '*.password', 'token', '*.token'],
  });
}

/** Opens the database, brings its schema up to date and returns the application context. */
export async function openContext(config: Config, logger = createLogger(config.logLevel)): Promise<AppContext> {
  const db = openDatabase(config.database, { poolSize: config.databasePoolSize });
  try {
    const applied = await migrateToLatest(db);
    if (applied.length > 0) logger.info({ migrations: applied }, 'database migrated');
  } catch (error) {
    await db.close();
    throw error;
  }
  return { config, db, logger, inFlight: new InFlight() };
}

/** How long a stopping server waits for handlers still running. */
const HANDLERS_WAIT_MS = 10_000;

/**
 * Stops the server: no new requests, then the handlers still running finish (their clients
 * may have gone), then the database closes.
 */
export async function closeApp(app: FastifyInstance, ctx: AppContext): Promise<void> {
  await app.close();
  await ctx.inFlight.settled(HANDLERS_WAIT_MS);
  await ctx.db.close();
}
