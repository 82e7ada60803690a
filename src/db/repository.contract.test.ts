/**
 * The contract every database must keep, run against SQLite and PostgreSQL alike: the
 * dialect module's helpers and the repositories' ordering, paging, escaping and errors.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dialects, openFreshDatabase } from '../test/databases.ts';
import { isUniqueViolation, isForeignKeyViolation, startsWith, type Db } from './dialect.ts';
import { searchMatches } from './search-match.ts';
import { migrateToLatest } from './migrate.ts';
import { nowIso } from '../lib/clock.ts';
import { newId } from '../lib/ids.ts';
import { fold, searchTerms } from '../lib/text.ts';
import { listPeopleAsJson, insertPerson } from '../modules/people/person.repository.ts';
import { listPeopleQuery } from '../modules/people/person.schema.ts';
import { upsertSearchDocument, deleteSearchDocuments } from '../modules/search/search-document.repository.ts';
import { insertWorkspace } from '../modules/workspaces/workspace.repository.ts';

describe.each(dialects)('repository contract on %s', (dialect) => {
  let db: Db;
  let close: () => Promise<void>;
  const workspaceId = newId();

  const person = (name: string, email: string | null = null) => {
    const now = nowIso();
    return {
      id: newId(),
      workspaceId,
      name,
      sortName: fold(name),
      jobTitle: null,
      email,
      phone: null,
      source: null,
      informedOn: null,
      lastContactOn: null,
      version: 1,
      createdAt: now,
      updatedAt: now,
    };
  };

  beforeAll(async () => {
    ({ db, close } = await openFreshDatabase(dialect));
    await insertWorkspace(db.kysely, { id: workspaceId, name: 'Contract', description: null, createdAt: nowIso() });
    for (const name of ['Émile Zegers', 'anna Bakker', 'Anna Åkesson', '100% Zeker', 'Jan_Jansen', 'Jan Janssen', 'Zoë de Vries']) {
      await insertPerson(db.kysely, person(name));
    }
  });
  afterAll(() => close());

  it('migrations are idempotent', async () => {
    expect(await migrateToLatest(db)).toEqual([]);
  });

  it('sorts folded names byte-wise, the same on both databases', async () => {
    // Inserted without stored lists or record: both are built on read.
    const rows = await listPeopleAsJson(db.kysely, workspaceId, listPeopleQuery.parse({ limit: '50' }));
    expect(rows.map((r) => (JSON.parse(r.json) as { name: string }).name)).toEqual([
      '100% Zeker',
      'Anna Åkesson',
      'anna Bakker',
      'Émile Zegers',
      'Jan Janssen',
      'Jan_Jansen',
      'Zoë de Vries',
    ]);
  });

  it('pages with keyset cursors without gaps or repeats, both directions', async () => {
    for (const sort of ['name', '-name', 'createdAt', '-updatedAt']) {
      const all = await listPeopleAsJson(db.kysely, workspaceId, listPeopleQuery.parse({ limit: '50', sort }));
      const seen: string[] = [];
      let cursor: { value: string; id: string } | undefined;
      for (;;) {
        const page = await listPeopleAsJson(db.kysely, workspaceId, { ...listPeopleQuery.parse({ limit: '2', sort }), cursor });
        const kept = page.slice(0, 2);
        seen.push(...kept.map((r) => r.id));
        if (page.length <= 2) break;
        const last = kept[kept.length - 1]!;
        cursor = { value: last.cursorValue, id: last.id };
      }
      expect(seen).toEqual(all.map((r) => r.id));
    }
  });

  it('finds values by prefix, wildcards taken literally', async () => {
    const names = async (prefix: string) =>
      (await db.kysely.selectFrom('people').select('name').where(startsWith('people.sortName', prefix)).orderBy('sortName').execute()).map(
        (r) => r.name,
      );
    expect(await names('100%')).toEqual(['100% Zeker']);
    expect(await names('%')).toEqual([]);
    expect(await names('jan_')).toEqual(['Jan_Jansen']);
    expect(await names('anna')).toEqual(['Anna Åkesson', 'anna Bakker']);
    expect(await names('zzzz')).toEqual([]);
  });

  it('recognises unique and foreign-key violations', async () => {
    await insertPerson(db.kysely, person('Eerste', 'dubbel@kring.test'));
    const duplicate = await insertPerson(db.kysely, person('Tweede', 'dubbel@kring.test')).catch((e: unknown) => e);
    expect(isUniqueViolation(duplicate)).toBe(true);
    const orphan = await db.kysely
      .insertInto('affiliations')
      .values({
        id: newId(),
        workspaceId,
        personId: newId(),
        organisationId: newId(),
        role: null,
        since: null,
        until: null,
        createdAt: nowIso(),
      })
      .execute()
      .catch((e: unknown) => e);
    expect(isForeignKeyViolation(orphan)).toBe(true);
    expect(isUniqueViolation(orphan)).toBe(false);
  });

  it('finds search documents by folded prefixes, ranks title over body, and forgets deleted ones', async () => {
    const title = newId();
    const body = newId();
    await upsertSearchDocument(db.kysely, { entityId: title, workspaceId, entityType: 'person', title: 'Renée Maas', body: ['adviseur'] });
    await upsertSearchDocument(db.kysely, {
      entityId: body,
      workspaceId,
      entityType: 'organisation',
      title: 'Adviesbureau Schelde',
      body: ['Renée', 'Maasland'],
    });
    const match = async (query: string) =>
      (await searchMatches(db, workspaceId, searchTerms(query), ['person', 'organisation'], 10)).map((r) => r.entityId);
    expect(await match('renee')).toEqual([title, body]);
    expect(await match('REN MAA')).toEqual([title, body]);
    expect(await match('advies')).toEqual([body]);
    await upsertSearchDocument(db.kysely, { entityId: title, workspaceId, entityType: 'person', title: 'Renée Kok', body: [] });
    expect(await match('maas')).toEqual([body]);
    await deleteSearchDocuments(db.kysely, [body]);
    expect(await match('advies')).toEqual([]);
  });

  it('ranks names that begin with the query first, alphabetically, then a word of the name, then the details', async () => {
    const person = async (title: string, body: string[] = []) => {
      const entityId = newId();
      await upsertSearchDocument(db.kysely, { entityId, workspaceId, entityType: 'person', title, body });
      return entityId;
    };
    const inDetails = await person('Karel Smit', ['De Zwervers']);
    const wordOfName = await person('Anna Zwervel');
    const beginsLater = await person('Zwervink Bas');
    const beginsFirst = await person('Zwerver Anna');
    const ranked = async (query: string, limit = 10) =>
      (await searchMatches(db, workspaceId, searchTerms(query), ['person'], limit)).map((m) => [m.entityId, Number(m.rank)]);
    expect(await ranked('zwerv')).toEqual([
      [beginsFirst, 0],
      [beginsLater, 0],
      [wordOfName, 1],
      [inDetails, 2],
    ]);
    expect(await ranked('zwerv', 3)).toEqual([
      [beginsFirst, 0],
      [beginsLater, 0],
      [wordOfName, 1],
    ]);
    expect(await ranked('Zwerver An')).toEqual([[beginsFirst, 0]]);
    expect(await ranked('anna zwerv')).toEqual([
      [wordOfName, 0],
      [beginsFirst, 1],
    ]);
  });

  it('finds a word inside a name once, with every term, and follows a changed name', async () => {
    const person = async (title: string) => {
      const entityId = newId();
      await upsertSearchDocument(db.kysely, { entityId, workspaceId, entityType: 'person', title, body: [] });
      return entityId;
    };
    const twoWords = await person('Piet Kapel-Kapelaan');
    const oneWord = await person('Sanne Kapelaar');
    const ranked = async (query: string) =>
      (await searchMatches(db, workspaceId, searchTerms(query), ['person'], 10)).map((m) => [m.entityId, Number(m.rank)]);
    const byId = (rows: (string | number)[][]) => [...rows].sort((a, b) => String(a[0]).localeCompare(String(b[0])));
    expect(byId(await ranked('kapel'))).toEqual(
      byId([
        [twoWords, 1],
        [oneWord, 1],
      ]),
    );
    expect(await ranked('kapela pie')).toEqual([[twoWords, 1]]);
    expect(await ranked('kapel zzz')).toEqual([]);
    await upsertSearchDocument(db.kysely, { entityId: oneWord, workspaceId, entityType: 'person', title: 'Sanne Visser', body: [] });
    expect(await ranked('kapelaar')).toEqual([]);
    expect(await ranked('visse')).toEqual([[oneWord, 1]]);
  });

  it('finds the weak matches of a workspace even when another workspace holds hundreds of better ones', async () => {
    const crowd = newId();
    await insertWorkspace(db.kysely, { id: crowd, name: 'Crowd', description: null, createdAt: nowIso() });
    for (let i = 0; i < 250; i += 1) {
      await upsertSearchDocument(db.kysely, {
        entityId: newId(),
        workspaceId: crowd,
        entityType: 'person',
        title: `Zandvoort ${i}`,
        body: [],
      });
    }
    const mine = newId();
    await upsertSearchDocument(db.kysely, {
      entityId: mine,
      workspaceId,
      entityType: 'organisation',
      title: 'Strandpaviljoen',
      body: ['zandvoort'],
    });
    const found = await searchMatches(db, workspaceId, searchTerms('zandv'), ['person', 'organisation'], 10);
    expect(found.map((m) => m.entityId)).toEqual([mine]);
    expect(await searchMatches(db, crowd, searchTerms('zandv'), ['person'], 10)).toHaveLength(10);
  });
});
