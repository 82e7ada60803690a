/**
 * Writes a planned network into the database in multi-row batches inside one transaction,
 * which is what makes a million rows take seconds instead of hours.
 */
import { sql, type Transaction } from 'kysely';
import type { Db } from '../src/db/dialect.ts';
import type { Database } from '../src/db/schema.ts';
import { rebuildOrganisationMembers } from '../src/modules/people/person.repository.ts';
import { storeWorkspaceRelationRecords } from '../src/modules/relations/relation-record.repository.ts';
import { storeWorkspacePersonRecords } from '../src/modules/people/person-lists.repository.ts';
import type { NetworkPlan } from './network-plan.ts';

export interface LoadCounts {
  organisations: number;
  people: number;
  affiliations: number;
  relations: number;
  searchDocuments: number;
}

// Rows per statement: within SQLite's 32,766 and PostgreSQL's 65,535 bound parameters
// for the widest table (16 columns), and large enough that per-statement cost vanishes.
const BATCH_ROWS = 1000;

/** Calls `insert` with consecutive batches of rows; returns how many rows there were. */
async function inBatches<T>(rows: Iterable<T>, insert: (batch: T[]) => Promise<unknown>, onBatch: (done: number) => void): Promise<number> {
  let batch: T[] = [];
  let done = 0;
  for (const row of rows) {
    batch.push(row);
    if (batch.length === BATCH_ROWS) {
      await insert(batch);
      done += batch.length;
      batch = [];
      onBatch(done);
    }
  }
  if (batch.length > 0) {
    await insert(batch);
    done += batch.length;
    onBatch(done);
  }
  return done;
}

/** Logs a line per tenth of a table (only the last line for small tables), with rows per second. */
function progress(log: (line: string) => void, label: string, total: number): (done: number) => void {
  const started = performance.now();
  let reported = total < 10 * BATCH_ROWS ? 9 : 0;
  return (done) => {
    const tenth = total === 0 ? 10 : Math.floor((done * 10) / total);
    if (tenth <= reported) return;
    reported = tenth;
    const seconds = (performance.now() - started) / 1000;
    const rate = Math.round(done / Math.max(seconds, 0.001)).toLocaleString('en');
    log(`  ${label}: ${done.toLocaleString('en')}/${total.toLocaleString('en')} (${seconds.toFixed(1)} s, ${rate} rows/s)`);
  };
}

/**
 * Runs `load` with the table's secondary indexes dropped and rebuilds them afterwards: one
 * sorted build is several times faster than a million random-UUID insertions into each
 * B-tree. The definitions are read from the catalogue, so they always match the migrations;
 * indexes that back a constraint (primary keys, unique constraints) stay.
 */
async function withIndexesDeferred<T>(
  trx: Transaction<Database>,
  dialect: Db['dialect'],
  table: string,
  load: () => Promise<T>,
  log: (line: string) => void,
): Promise<T> {
  const indexes =
    dialect === 'sqlite'
      ? (
          await sql<{ name: string; definition: string }>`select name, sql as definition from sqlite_master
            where type = 'index' and tbl_name = ${table} and sql is not null`.execute(trx)
        ).rows
      : (
          await sql<{ name: string; definition: string }>`select indexname as name, indexdef as definition from pg_indexes
            where schemaname = current_schema() and tablename = ${table}
              and indexname not in (select conname from pg_constraint)`.execute(trx)
        ).rows;
  for (const index of indexes) await sql`drop index ${sql.id(index.name)}`.execute(trx);
  const result = await load();
  const started = performance.now();
  for (const index of indexes) await sql.raw(index.definition).execute(trx);
  if (indexes.length > 0) log(`  ${table}: ${indexes.length} indexes rebuilt in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return result;
}

/** Inserts every row of the plan; expects the workspace to exist and these tables to be empty. */
export async function loadPlan(db: Db, plan: NetworkPlan, relationCount: number, log: (line: string) => void): Promise<LoadCounts> {
  if (db.dialect === 'sqlite') {
    // A bigger page cache keeps index pages in memory during the load and the rebuilds.
    await sql`pragma cache_size = -262144`.execute(db.kysely);
  }
  return db.kysely.transaction().execute(async (trx: Transaction<Database>) => {
    if (db.dialect === 'postgres') await sql`set local maintenance_work_mem = '512MB'`.execute(trx);
    const deferred = <T>(table: string, load: () => Promise<T>) => withIndexesDeferred(trx, db.dialect, table, load, log);
    const organisations = await deferred('organisations', () =>
      inBatches(
        plan.organisations,
        (rows) => trx.insertInto('organisations').values(rows).execute(),
        progress(log, 'organisations', plan.organisations.length),
      ),
    );
    const people = await deferred('people', () =>
      inBatches(plan.people, (rows) => trx.insertInto('people').values(rows).execute(), progress(log, 'people', plan.people.length)),
    );
    const affiliations = await deferred('affiliations', () =>
      inBatches(
        plan.affiliations,
        (rows) => trx.insertInto('affiliations').values(rows).execute(),
        progress(log, 'affiliations', plan.affiliations.length),
      ),
    );
    const workspaceId = plan.people[0]?.workspaceId ?? plan.organisations[0]?.workspaceId;
    if (workspaceId) await deferred('organisation_members', () => rebuildOrganisationMembers(trx, workspaceId));
    // Each person's lists and record as pages of people show them, stored once the affiliations are in.
    if (workspaceId) await deferred('people', () => storeWorkspacePersonRecords(trx, workspaceId));
    // Each relation's record as pages of relations show it, stored once the relations are in.
    const relations = await deferred('relations', async () => {
      const count = await inBatches(
        plan.relations(),
        (rows) => trx.insertInto('relations').values(rows).execute(),
        progress(log, 'relations', relationCount),
      );
      if (workspaceId) await storeWorkspaceRelationRecords(trx, workspaceId);
      return count;
    });
    const searchDocuments = await deferred('search_documents', () =>
      inBatches(
        plan.searchDocuments(),
        (rows) => trx.insertInto('searchDocuments').values(rows).execute(),
        progress(log, 'search documents', plan.organisations.length + plan.people.length),
      ),
    );
    return { organisations, people, affiliations, relations, searchDocuments };
  });
}
