import type { Logger } from 'pino';
import type { Config } from '../config/config.ts';
import type { Db } from '../db/dialect.ts';
import type { InFlight } from '../http/in-flight.ts';

/** What every service and route needs: configuration, the database and a logger; and the handlers running. */
export interface AppContext {
  config: Config;
  db: Db;
  logger: Logger;
  inFlight: InFlight;
}
