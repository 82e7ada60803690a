// Upgrades from an older schema, on both databases: what was written before a migration is
// still there, and still found, after it.
import { afterEach, describe, expect, it } from 'vitest';
import { dialects, freshDatabase } from '../test/databases.ts';
import { openDatabase, type Db } from './dialect.ts';
import { migrateTo, migrateToLatest } from './migrate.ts';
import { searchMatches } from './search-match.ts';
import { nowIso } from '../lib/clock.ts';
import { newId } from '../lib/ids.ts';
import { fold, searchTerms } from '../lib/text.ts';
import { upsertSearchDocument } from '../modules/search/search-document.repository.ts';
import { insertWorkspace } from '../modules/workspaces/workspace.repository.ts';
import { insertOrganisation } from '../modules/organisations/organisation.repository.ts';
import { findPersonWithDetails, insertPerson, replaceAffiliations, replaceTags } from '../modules/people/person.repository.ts';
import { presentPerson } from '../modules/people/person.service.ts';
import { findRelation, insertRelation, presentRelation } from '../modules/relations/relation.repository.ts';
import { relationsWithOutdatedRecords } from '../modules/relations/relation-record.repository.ts';

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

  /** A workspace with an organisation and a person, written as rows of the older schema. */
  async function insertOrganisationAndPerson(db: Db, organisation: string, kind: string, person: string) {
    const workspaceId = newId();
    const now = nowIso();
    await insertWorkspace(db.kysely, { id: workspaceId, name: 'Oud', description: null, createdAt: now });
    const organisationId = newId();
    await insertOrganisation(db.kysely, {
      id: organisationId,
      workspaceId,
      name: organisation,
      sortName: fold(organisation),
      kind,
      code: null,
      parentId: null,
      description: null,
      website: null,
      version: 1,
      createdAt: now,
      updatedAt: now,
    });
    const personId = newId();
    const fields = { jobTitle: null, email: null, phone: null, source: null, informedOn: null, lastContactOn: null };
    await insertPerson(db.kysely, {
      ...fields,
      id: personId,
      workspaceId,
      name: person,
      sortName: fold(person),
      version: 1,
      createdAt: now,
      updatedAt: now,
    });
    return { workspaceId, organisationId, personId, now };
  }

  it('keeps finding the search documents written before the four-letter prefix index and the name words', async () => {
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
    expect(await migrateToLatest(db)).toContain('2026120201-search-name-words');
    const found = async (query: string) =>
      (await searchMatches(db, workspaceId, searchTerms(query), ['person'], 10)).map((m) => [m.entityId, Number(m.rank)]);
    expect(await found('ramd')).toEqual([[person, 1]]);
    expect(await found('sche')).toEqual([[person, 2]]);
    expect(await found('mari')).toEqual([[person, 0]]);
  });

  it('stores the lists and the record of the people there were before they were stored', async () => {
    const db = await databaseAt('2026112705-search-four-letter-prefixes');
    const { workspaceId, organisationId, personId } = await insertOrganisationAndPerson(
      db,
      'Gemeente Goes',
      'municipality',
      'Marit Ramdin',
    );
    await replaceAffiliations(db.kysely, workspaceId, personId, [{ organisationId, role: 'Adviseur', since: '2021-03-01' }]);
    await replaceTags(db.kysely, workspaceId, personId, ['sleutelfiguur', 'data']);

    expect(await migrateTo(db, '2026112802-person-record')).toEqual(['2026112801-person-lists', '2026112802-person-record']);
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

  it('stores the record of the relations there were before they were stored', async () => {
    const db = await databaseAt('2026112802-person-record');
    const { workspaceId, organisationId, personId, now } = await insertOrganisationAndPerson(
      db,
      'Provincie Zeeland',
      'province',
      'Noor "de" Vries',
    );
    const relation = { workspaceId, since: null, until: null, note: null, source: null, version: 1, createdAt: now, updatedAt: now };
    const advises = newId();
    const knows = newId();
    await insertRelation(db.kysely, {
      ...relation,
      id: advises,
      fromId: personId,
      fromType: 'person',
      toId: organisationId,
      toType: 'organisation',
      type: 'advises',
      directed: 1,
      strength: 5,
      since: '2020-01-15',
      note: 'Regel één\nmet "aanhalingstekens" en \\ 🙂',
    });
    await insertRelation(db.kysely, {
      ...relation,
      id: knows,
      fromId: organisationId,
      fromType: 'organisation',
      toId: personId,
      toType: 'person',
      type: 'knows',
      directed: 0,
      strength: 1,
    });

    expect(await migrateTo(db, '2026112901-relation-record')).toEqual(['2026112901-relation-record']);
    expect(await relationsWithOutdatedRecords(db.kysely, workspaceId)).toEqual([]);
    for (const id of [advises, knows]) {
      const stored = await db.kysely.selectFrom('relations').select('recordJson').where('id', '=', id).executeTakeFirstOrThrow();
      // The record the migration stored is the relation as the API shows it.
      expect(JSON.parse(stored.recordJson!)).toStrictEqual(presentRelation((await findRelation(db.kysely, workspaceId, id))!));
    }
    expect(
      JSON.parse(
        (await db.kysely.selectFrom('relations').select('recordJson').where('id', '=', advises).executeTakeFirstOrThrow()).recordJson!,
      ),
    ).toMatchObject({
      fromName: 'Noor "de" Vries',
      toName: 'Provincie Zeeland',
      directed: true,
      since: '2020-01-15',
    });
  });

  it('refuses a migration it does not know', async () => {
    const db = await databaseAt('2026112601-initial');
    await expect(migrateTo(db, '2099010101-unknown')).rejects.toThrow('no migration named 2099010101-unknown');
  });
});
