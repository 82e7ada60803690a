import { Migrator, type Migration, type MigrationProvider } from 'kysely';
import type { Db } from './dialect.ts';
import * as initial from './migrations/2026112601-initial.ts';
import * as graphLayouts from './migrations/2026112602-graph-layouts.ts';
import * as methodRolePosition from './migrations/2026112701-method-role-position.ts';
import * as methodEngagement from './migrations/2026112702-method-engagement.ts';
import * as networkVersion from './migrations/2026112703-network-version.ts';
import * as searchTiers from './migrations/2026112704-search-tiers.ts';
import * as searchFourLetterPrefixes from './migrations/2026112705-search-four-letter-prefixes.ts';

/** Migrations in order; imported statically so they work from any working directory. */
const migrations: Record<string, Migration> = {
  '2026112601-initial': initial,
  '2026112602-graph-layouts': graphLayouts,
  '2026112701-method-role-position': methodRolePosition,
  '2026112702-method-engagement': methodEngagement,
  '2026112703-network-version': networkVersion,
  '2026112704-search-tiers': searchTiers,
  '2026112705-search-four-letter-prefixes': searchFourLetterPrefixes,
};

const provider: MigrationProvider = { getMigrations: async () => migrations };

/** Brings the schema up to date; returns the names of the migrations that ran. */
export async function migrateToLatest(db: Db): Promise<string[]> {
  const migrator = new Migrator({
    db: db.kysely,
    provider,
    migrationTableName: 'kring_migrations',
    migrationLockTableName: 'kring_migrations_lock',
  });
  const { error, results } = await migrator.migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(String(error));
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
