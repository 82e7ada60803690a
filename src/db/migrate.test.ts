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
import { insertOrganisation } from '../modules/organisations/organisation.repository.ts';
import { findPersonWithDetails, insertPerson, replaceAffiliations, replaceTags } from '../modules/people/person.repository.ts';
import { presentPerson } from '../modules/people/person.service.ts';

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

    expect(await migrateTo(db, '2026112705-search-four-letter-prefixes')).toEqual(['2026112705-search-four-letter-prefixes']);
    const found = async (query: string) =>
      (await searchMatches(db, workspaceId, searchTerms(query), ['person'], 10)).map((m) => [m.entityId, Number(m.rank)]);
    expect(await found('ramd')).toEqual([[person, 1]]);
    expect(await found('sche')).toEqual([[person, 2]]);
    expect(await found('mari')).toEqual([[person, 0]]);
  });

  it('stores the lists and the record of the people there were before they were stored', async () => {
    const db = await databaseAt('2026112705-search-four-letter-prefixes');
    const workspaceId = newId();
    const now = nowIso();
    await insertWorkspace(db.kysely, { id: workspaceId, name: 'Oud', description: null, createdAt: now });
    const organisationId = newId();
    await insertOrganisation(db.kysely, {
      id: organisationId,
      workspaceId,
      name: 'Gemeente Goes',
      sortName: 'gemeente goes',
      kind: 'municipality',
      code: null,
      parentId: null,
      description: null,
      website: null,
      version: 1,
      createdAt: now,
      updatedAt: now,
    });
    const personId = newId();
    const base = { workspaceId, jobTitle: null, email: null, phone: null, source: null, informedOn: null, lastContactOn: null };
    await insertPerson(db.kysely, {
      ...base,
      id: personId,
      name: 'Marit Ramdin',
      sortName: 'marit ramdin',
      version: 1,
      createdAt: now,
      updatedAt: now,
    });
    await replaceAffiliations(db.kysely, workspaceId, personId, [{ organisationId, role: 'Adviseur', since: '2021-03-01' }]);
    await replaceTags(db.kysely, workspaceId, personId, ['sleutelfiguur', 'data']);

    expect(await migrateToLatest(db)).toEqual(['2026112801-person-lists', '2026112802-person-record']);
    const stored = await db.kysely
      .selectFrom('people')
      .select(['affiliationsJson', 'tagsJson', 'recordJson'])
      .where('id', '=', personId)
      .executeTakeFirstOrThrow();
    expect(JSON.parse(stored.tagsJson!)).toEqual(['data', 'sleutelfiguur']);
    expect(JSON.parse(stored.affiliationsJson!)).toEqual([
      expect.objectContaining({ organisationId, organisationName: 'Gemeente Goes', role: 'Adviseur', since: '2021-03-01', until: null }),
    ]);
    const person = await findPersonWithDetails(db.kysely, workspaceId, personId);
    expect(person?.affiliations).toEqual(JSON.parse(stored.affiliationsJson!));
    // The record the next migration stored is the person as the API shows them.
    expect(JSON.parse(stored.recordJson!)).toStrictEqual(presentPerson(person!));
  });

  it('refuses a migration it does not know', async () => {
    const db = await databaseAt('2026112601-initial');
    await expect(migrateTo(db, '2099010101-unknown')).rejects.toThrow('no migration named 2099010101-unknown');
  });
});
