import type { Logger } from 'pino';
import type { Config } from '../config/config.ts';
import type { Db } from '../db/dialect.ts';

/** What every service and route needs: configuration, the database and a logger. */
export interface AppContext {
  config: Config;
  db: Db;
  logger: Logger;
}
