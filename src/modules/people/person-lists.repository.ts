/**
 * What is stored with a person for showing them: their affiliations (with their organisations'
 * names) and tags, the two lists every record and page of people shows, and their whole record
 * as the API shows it. All are JSON text, computed from the tables and stored anew whenever
 * they change, so a page reads one column per person instead of computing its lists and
 * building its record. A person with nothing stored (null) gets it computed on read, so a row
 * written without it still shows the truth.
 *
 * What changes them, and stores them anew in the same transaction (`storePersonRecords`): any
 * change of the person (person.service), of their last contact (interactions), an
 * organisation's name or its deletion (organisation.service), and bulk loads (the demo region,
 * the benchmark generator). Changes of affiliations and of organisations wait for each other
 * (`serialiseStoredRecordWrites`).
 */
import type { Expression, ExpressionBuilder, Kysely, RawBuilder } from 'kysely';
import { sql } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { dialectOf, jsonArrayOf, jsonObjectOf, type DialectName } from '../../db/dialect.ts';
import { jsonRecord } from '../../db/json-record.ts';
import { chunks } from '../../lib/chunks.ts';
import { isDeepStrictEqual } from 'node:util';

type Executor = Kysely<Database>;
type PeopleScope = ExpressionBuilder<Database, 'people'>;

/** The person's affiliations in the client's order, as a JSON array (text). */
function computedAffiliations(dialect: DialectName, eb: PeopleScope) {
  return eb
    .selectFrom('affiliations')
    .innerJoin('organisations', 'organisations.id', 'affiliations.organisationId')
    .select((a) =>
      jsonArrayOf(
        dialect,
        jsonObjectOf(dialect, {
          id: a.ref('affiliations.id'),
          organisationId: a.ref('affiliations.organisationId'),
          organisationName: a.ref('organisations.name'),
          role: a.ref('affiliations.role'),
          since: a.ref('affiliations.since'),
          until: a.ref('affiliations.until'),
        }),
        [a.ref('affiliations.position')],
      ).as('list'),
    )
    .whereRef('affiliations.personId', '=', 'people.id');
}

/** The person's tag names in name order, as a JSON array (text). */
function computedTags(dialect: DialectName, eb: PeopleScope) {
  return eb
    .selectFrom('personTags')
    .innerJoin('tags', 'tags.id', 'personTags.tagId')
    .select((t) => jsonArrayOf(dialect, t.ref('tags.name'), [t.ref('tags.name')]).as('list'))
    .whereRef('personTags.personId', '=', 'people.id');
}

/**
 * The person's lists as JSON text: stored where they are, computed where not. Both databases
 * evaluate `coalesce` lazily, so a stored list never runs its subquery.
 */
function personLists(dialect: DialectName, eb: PeopleScope) {
  return {
    affiliations: sql<string>`coalesce(${eb.ref('people.affiliationsJson')}, (${computedAffiliations(dialect, eb)}))`,
    tags: sql<string>`coalesce(${eb.ref('people.tagsJson')}, (${computedTags(dialect, eb)}))`,
  };
}

/** The columns `affiliations` and `tags` (JSON text, read with `fromJson`) of the `people` in scope. */
export function listColumns(db: Executor) {
  const dialect = dialectOf(db);
  return (eb: PeopleScope) => {
    const lists = personLists(dialect, eb);
    return [lists.affiliations.as('affiliations'), lists.tags.as('tags')];
  };
}

interface PersonListsSql {
  affiliations: RawBuilder<string>;
  tags: RawBuilder<string>;
}

/** A person's record as the API shows it, with these lists (JSON text; presentPerson writes the same). */
function personRecord(dialect: DialectName, eb: PeopleScope, lists: PersonListsSql): RawBuilder<string> {
  return jsonRecord(dialect, {
    id: eb.ref('people.id'),
    workspaceId: eb.ref('people.workspaceId'),
    name: eb.ref('people.name'),
    jobTitle: eb.ref('people.jobTitle'),
    email: eb.ref('people.email'),
    phone: eb.ref('people.phone'),
    tags: { json: lists.tags },
    affiliations: { json: lists.affiliations },
    source: eb.ref('people.source'),
    informedOn: eb.ref('people.informedOn'),
    lastContactOn: eb.ref('people.lastContactOn'),
    version: eb.ref('people.version'),
    createdAt: { timestamp: eb.ref('people.createdAt') },
    updatedAt: { timestamp: eb.ref('people.updatedAt') },
  });
}

/** The record of the person with this id as JSON text, built from their row and stored lists (for one without a stored record). */
export function builtPersonRecord(db: Executor, id: Expression<string>) {
  const dialect = dialectOf(db);
  return db
    .selectFrom('people')
    .select((eb) => personRecord(dialect, eb, personLists(dialect, eb)).as('record'))
    .where('people.id', '=', id);
}

function computedColumns(dialect: DialectName, eb: PeopleScope) {
  const lists = { affiliations: sql<string>`(${computedAffiliations(dialect, eb)})`, tags: sql<string>`(${computedTags(dialect, eb)})` };
  return { affiliations: lists.affiliations, tags: lists.tags, record: personRecord(dialect, eb, lists) };
}

function storeComputed(db: Executor) {
  const dialect = dialectOf(db);
  return db.updateTable('people').set((eb) => {
    const computed = computedColumns(dialect, eb);
    return { affiliationsJson: computed.affiliations, tagsJson: computed.tags, recordJson: computed.record };
  });
}

/** Stores the lists and the record of these people as they are now; runs in the caller's transaction. */
export async function storePersonRecords(db: Executor, personIds: string[]): Promise<void> {
  for (const chunk of chunks([...new Set(personIds)], 500)) {
    await storeComputed(db).where('id', 'in', chunk).execute();
  }
}

/** Stores the lists and the record of every person of a workspace (after a bulk load). */
export async function storeWorkspacePersonRecords(db: Executor, workspaceId: string): Promise<void> {
  await storeComputed(db).where('workspaceId', '=', workspaceId).execute();
}

/** The people with an affiliation to any of these organisations: their lists show its name. */
export async function peopleAffiliatedWith(db: Executor, organisationIds: string[]): Promise<string[]> {
  const ids = new Set<string>();
  for (const chunk of chunks(organisationIds, 500)) {
    const rows = await db.selectFrom('affiliations').select('personId').where('organisationId', 'in', chunk).execute();
    for (const row of rows) ids.add(row.personId);
  }
  return [...ids];
}

/**
 * The people of a workspace whose stored lists or record differ from their tables, or are
 * missing: the check that every change stored them anew. Reads the whole workspace; for tests
 * and checks.
 */
export async function peopleWithOutdatedRecords(db: Executor, workspaceId: string): Promise<string[]> {
  const dialect = dialectOf(db);
  const rows = await db
    .selectFrom('people')
    .select((eb) => {
      const computed = computedColumns(dialect, eb);
      return [
        'people.id',
        'people.affiliationsJson',
        'people.tagsJson',
        'people.recordJson',
        computed.affiliations.as('affiliations'),
        computed.tags.as('tags'),
        computed.record.as('record'),
      ];
    })
    .where('people.workspaceId', '=', workspaceId)
    .execute();
  const same = (stored: string | null, computed: string | null) =>
    stored !== null && isDeepStrictEqual(JSON.parse(stored), JSON.parse(computed ?? '[]'));
  return rows
    .filter((row) => !same(row.affiliationsJson, row.affiliations) || !same(row.tagsJson, row.tags) || !same(row.recordJson, row.record))
    .map((row) => row.id);
}
