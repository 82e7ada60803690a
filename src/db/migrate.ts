import { Migrator, type Migration, type MigrationProvider, type MigrationResultSet } from 'kysely';
import type { Db } from './dialect.ts';
import * as initial from './migrations/2026112601-initial.ts';
import * as graphLayouts from './migrations/2026112602-graph-layouts.ts';
import * as methodRolePosition from './migrations/2026112701-method-role-position.ts';
import * as methodEngagement from './migrations/2026112702-method-engagement.ts';
import * as networkVersion from './migrations/2026112703-network-version.ts';
import * as searchTiers from './migrations/2026112704-search-tiers.ts';
import * as searchFourLetterPrefixes from './migrations/2026112705-search-four-letter-prefixes.ts';
import * as personLists from './migrations/2026112801-person-lists.ts';
import * as personRecord from './migrations/2026112802-person-record.ts';
import * as relationRecord from './migrations/2026112901-relation-record.ts';
import * as signInAttempts from './migrations/2026113001-sign-in-attempts.ts';
import * as auditSubjectIndex from './migrations/2026120101-audit-subject-index.ts';
import * as sortIndexes from './migrations/2026120102-sort-indexes.ts';
import * as notInformedIndex from './migrations/2026120103-not-informed-index.ts';
import * as searchNameWords from './migrations/2026120201-search-name-words.ts';
import * as narrowingIndexes from './migrations/2026120301-narrowing-indexes.ts';
import * as affiliationSinceIndexes from './migrations/2026120302-affiliation-since-indexes.ts';
import * as searchKindIndex from './migrations/2026120401-search-kind-index.ts';

/** Migrations in order; imported statically so they work from any working directory. */
const migrations: Record<string, Migration> = {
  '2026112601-initial': initial,
  '2026112602-graph-layouts': graphLayouts,
  '2026112701-method-role-position': methodRolePosition,
  '2026112702-method-engagement': methodEngagement,
  '2026112703-network-version': networkVersion,
  '2026112704-search-tiers': searchTiers,
  '2026112705-search-four-letter-prefixes': searchFourLetterPrefixes,
  '2026112801-person-lists': personLists,
  '2026112802-person-record': personRecord,
  '2026112901-relation-record': relationRecord,
  '2026113001-sign-in-attempts': signInAttempts,
  '2026120101-audit-subject-index': auditSubjectIndex,
  '2026120102-sort-indexes': sortIndexes,
  '2026120103-not-informed-index': notInformedIndex,
  '2026120201-search-name-words': searchNameWords,
  '2026120301-narrowing-indexes': narrowingIndexes,
  '2026120302-affiliation-since-indexes': affiliationSinceIndexes,
  '2026120401-search-kind-index': searchKindIndex,
};

const provider: MigrationProvider = { getMigrations: async () => migrations };

/** Brings the schema up to date; returns the names of the migrations that ran. */
export function migrateToLatest(db: Db): Promise<string[]> {
  return migrate(db, (migrator) => migrator.migrateToLatest());
}

/** Brings the schema up to the named migration (to test an upgrade from an older schema). */
export async function migrateTo(db: Db, name: string): Promise<string[]> {
  if (!(name in migrations)) throw new Error(`migrate: no migration named ${name}`);
  return migrate(db, (migrator) => migrator.migrateTo(name));
}

async function migrate(db: Db, run: (migrator: Migrator) => Promise<MigrationResultSet>): Promise<string[]> {
  const migrator = new Migrator({
    db: db.kysely,
    provider,
    migrationTableName: 'kring_migrations',
    migrationLockTableName: 'kring_migrations_lock',
  });
  const { error, results } = await run(migrator);
  if (error) throw error instanceof Error ? error : new Error(String(error));
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
