/**
 * Median time of the bare SQL behind each benchmark endpoint, without a server:
 *   node --import tsx bench/sql-timings.ts [sqlite|postgres]
 */
import { readFileSync } from 'node:fs';
import { parseDatabaseTarget } from '../src/config/config.ts';
import { openDatabase } from '../src/db/dialect.ts';
import { benchEndpoints, credentialCheck } from './endpoints.ts';
import { median, TARGETS, type Dialect } from './targets.ts';

const dialect = (process.argv[2] ?? 'sqlite') as Dialect;
const { workspaceId, token } = JSON.parse(readFileSync(`data/bench-${dialect}.json`, 'utf8')) as { workspaceId: string; token: string };
const db = openDatabase(parseDatabaseTarget(TARGETS[dialect]));
const credential = credentialCheck(workspaceId, token, db);
console.log(`${dialect} | credential check | ${(await median(() => credential().row(db.kysely), 200)).toFixed(2)} ms`);
for (const endpoint of await benchEndpoints(db, workspaceId)) {
  console.log(`${dialect} | ${endpoint.name} | ${(await median(endpoint.sql, 200)).toFixed(2)} ms`);
}
await db.close();
