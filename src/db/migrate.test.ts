// Upgrades from an older schema, on both databases: what was written before a migration is
// still there, and still found, after it.
import { afterEach, describe, expect, it } from 'vitest';
import { dialects, freshDatabase } from '../test/databases.ts';
import { openDatabase, type Db } from './dialect.ts';
import { migrateTo, migrateToLatest } from './migrate.ts';
import { searchMatches } from './search-match.ts';
import { nowIso } from '../lib/clock.ts';
import { newId } from '../lib/ids.ts';
import { searchTerms } from '../lib/text.ts';
import { upsertSearchDocument } from '../modules/search/search-document.repository.ts';
import { insertWorkspace } from '../modules/workspaces/workspace.repository.ts';

describe.each(dialects)('upgrading the schema on %s', (dialect) => {
  let cleanup: (() => Promise<void>) | undefined;
  afterEach(() => cleanup?.());

  async function databaseAt(migration: string): Promise<Db> {
    const fresh = await freshDatabase(dialect);
    const db = openDatabase(fresh.target);
    cleanup = async () => {
      await db.close();
      await fresh.drop();
    };
    await migrateTo(db, migration);
    return db;
  }

  it('keeps finding the search documents written before the four-letter prefix index', async () => {
    const db = await databaseAt('2026112704-search-tiers');
    const workspaceId = newId();
    await insertWorkspace(db.kysely, { id: workspaceId, name: 'Oud', description: null, createdAt: nowIso() });
    const person = newId();
    await upsertSearchDocument(db.kysely, {
      entityId: person,
      workspaceId,
      entityType: 'person',
      title: 'Marit Ramdin',
      body: ['Waterschap Scheldestromen'],
    });

    expect(await migrateToLatest(db)).toEqual(['2026112705-search-four-letter-prefixes']);
    const found = async (query: string) =>
      (await searchMatches(db, workspaceId, searchTerms(query), ['person'], 10)).map((m) => [m.entityId, Number(m.rank)]);
    expect(await found('ramd')).toEqual([[person, 1]]);
    expect(await found('sche')).toEqual([[person, 2]]);
    expect(await found('mari')).toEqual([[person, 0]]);
  });

  it('refuses a migration it does not know', async () => {
    const db = await databaseAt('2026112601-initial');
    await expect(migrateTo(db, '2099010101-unknown')).rejects.toThrow('no migration named 2099010101-unknown');
  });
});
