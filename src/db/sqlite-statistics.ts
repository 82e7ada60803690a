import type { Database as SqliteConnection } from 'better-sqlite3';

/** How often a long-lived SQLite connection refreshes its query planner's statistics. */
export const STATISTICS_INTERVAL_MS = 60 * 60 * 1000;

/**
 * Keeps the query planner's statistics fresh, as SQLite advises for long-lived connections: at
 * once, then every hour. `optimize` analyses only the tables never analysed before or grown or
 * shrunk tenfold since, and the analysis limit keeps each analysis quick on a large database
 * (a few hundred milliseconds for 1,000,000 relations). Without the hourly refresh, a server
 * started on a nearly empty database would plan for that until it restarted. Returns the
 * function that stops the refresh.
 */
export function keepStatisticsFresh(database: SqliteConnection): () => void {
  database.pragma('analysis_limit = 400');
  const refresh = () => database.pragma('optimize = 0x10002');
  refresh();
  const timer = setInterval(() => {
    try {
      refresh();
    } catch {
      // Only an optimisation, which must never stop the server: another process may hold the
      // write lock past the busy timeout. The next hour tries again.
    }
  }, STATISTICS_INTERVAL_MS);
  timer.unref();
  return () => clearInterval(timer);
}
