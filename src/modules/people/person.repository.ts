import type { Kysely } from 'kysely';
import type { Database, PersonRow } from '../../db/schema.ts';
import { applyKeyset, keysetOptions, keysetValues, parseSort, storedRecordPage, type JsonRow, type KeysetValues } from '../../db/keyset.ts';
import { fromJson, inPrefixRange, prefixRange } from '../../db/dialect.ts';
import { narrowestFilter, workspaceColumn, type MatchingIds } from '../../db/narrowing.ts';
import { builtPersonRecord, listColumns } from './person-lists.repository.ts';
import { reusableQuery } from '../../db/reusable-query.ts';
import type { Precondition } from '../../db/precondition.ts';
import { fold } from '../../lib/text.ts';
import { nowIso } from '../../lib/clock.ts';
import { newId } from '../../lib/ids.ts';
import type { AffiliationInput, ListPeopleQuery, Person } from './person.schema.ts';
import { updateIfVersion } from '../../db/versioned-update.ts';
import { insertMany } from '../../db/insert-many.ts';
import { chunks } from '../../lib/chunks.ts';

type Executor = Kysely<Database>;
type Row = PersonRow;

/** What a person's record shows beyond the row: affiliations in the client's order, tags by name. */
export interface PersonDetails {
  affiliations: Person['affiliations'];
  tags: string[];
}
export type PersonWithDetails = Row & PersonDetails;

const sortColumns = { name: 'sortName', createdAt: 'createdAt', updatedAt: 'updatedAt' } as const;

/** A person's own columns, named so the stored lists (read as `affiliations` and `tags`) are not sent twice. */
const personFields = [
  'id',
  'workspaceId',
  'name',
  'sortName',
  'jobTitle',
  'email',
  'phone',
  'source',
  'informedOn',
  'lastContactOn',
  'version',
  'createdAt',
  'updatedAt',
] as const satisfies readonly (keyof Row)[];
// Fails to compile when PersonRow gains a field the list above does not name.
const everyPersonField: Exclude<keyof Row, (typeof personFields)[number]> extends never ? true : never = true;
void everyPersonField;
const personColumns = personFields.map((field) => `people.${field}` as const);

export function findPerson(db: Executor, workspaceId: string, id: string) {
  return db.selectFrom('people').select(personColumns).where('workspaceId', '=', workspaceId).where('id', '=', id).executeTakeFirst();
}

function withParsedDetails<R extends { affiliations: unknown; tags: unknown }>(row: R): Omit<R, keyof PersonDetails> & PersonDetails {
  return { ...row, affiliations: fromJson(row.affiliations), tags: fromJson(row.tags) };
}

const personWithDetails = reusableQuery('personWithDetails', (db: Executor, _shape: null, values: { workspaceId: string; id: string }) =>
  db
    .selectFrom('people')
    .select(personColumns)
    .select(listColumns(db))
    .where('people.workspaceId', '=', values.workspaceId)
    .where('people.id', '=', values.id),
);

/** One person of the workspace with their affiliations and tags, in one query. */
export async function findPersonWithDetails(
  db: Executor,
  workspaceId: string,
  id: string,
  precondition?: Precondition,
): Promise<PersonWithDetails | undefined> {
  const [row] = await personWithDetails(db, null, { workspaceId, id }, precondition);
  return row && withParsedDetails(row);
}

export function findPersonByEmail(db: Executor, workspaceId: string, email: string) {
  return db.selectFrom('people').select('id').where('workspaceId', '=', workspaceId).where('email', '=', email).executeTakeFirst();
}

/** The values of a page of people; undefined filters are not set. */
interface PeoplePageValues extends KeysetValues {
  workspaceId: string;
  organisationId?: string;
  tag?: string;
  /** The range of folded names that start with the typed prefix (see `prefixRange`). */
  nameFrom?: string;
  nameBefore?: string;
}

/** Filters with an index of their own, through which a page may be read (src/db/narrowing.ts). */
type PeopleNarrowing = 'organisationId' | 'tag' | 'q' | 'informed';

type PeoplePageShape = Pick<ListPeopleQuery, 'sort' | 'limit' | 'informed'> & { narrowedBy?: PeopleNarrowing };

/** The ids of the people that one filter matches, read through its index. */
function peopleMatching(db: Executor, filter: PeopleNarrowing, informed: boolean | undefined, values: PeoplePageValues): MatchingIds {
  const inWorkspace = db.selectFrom('people').select('people.id').where('people.workspaceId', '=', values.workspaceId);
  switch (filter) {
    case 'organisationId':
      return db
        .selectFrom('organisationMembers')
        .select('organisationMembers.personId as id')
        .where('organisationMembers.organisationId', '=', values.organisationId!);
    case 'tag':
      return db
        .selectFrom('personTags')
        .innerJoin('tags', 'tags.id', 'personTags.tagId')
        .select('personTags.personId as id')
        .where('tags.workspaceId', '=', values.workspaceId)
        .where('tags.name', '=', values.tag!);
    case 'q':
      return inWorkspace.where(inPrefixRange('people.sortName', { from: values.nameFrom!, before: values.nameBefore }));
    case 'informed':
      return inWorkspace.where('people.informedOn', informed ? 'is not' : 'is', null);
  }
}

/**
 * The filters of a page that could be rare and that its sort order does not read in order.
 * People of an organisation in name order come from the organisation's own index; names that
 * begin with the typed letters, and people told or not told, have indexes in name order.
 */
function narrowingCandidates(sort: ListPeopleQuery['sort'], informed: boolean | undefined, values: PeoplePageValues): PeopleNarrowing[] {
  const set: PeopleNarrowing[] = [];
  if (values.organisationId !== undefined) set.push('organisationId');
  if (values.tag !== undefined) set.push('tag');
  if (values.nameFrom !== undefined) set.push('q');
  if (informed !== undefined) set.push('informed');
  if (parseSort(sort).field !== 'name') return set;
  return values.organisationId !== undefined || set.every((filter) => filter === 'q' || filter === 'informed') ? [] : set;
}

/**
 * A page of people in its order, each as their record (JSON text) with its keyset position: the
 * page is cut first, from the people's sort index or the organisation index.
 */
const peoplePageJson = reusableQuery('peoplePageJson', (db: Executor, shape: PeoplePageShape, values: PeoplePageValues) => {
  const { sort, limit, informed, narrowedBy } = shape;
  const { field, descending } = parseSort(sort);
  const byName = field === 'name' && values.organisationId !== undefined;
  const read = ['people.id', 'people.recordJson', `people.${sortColumns[field]}`] as const;
  // People of one organisation in name order come from the derived index, page by page.
  let qb = byName
    ? db
        .selectFrom('organisationMembers')
        .innerJoin('people', 'people.id', 'organisationMembers.personId')
        .select(read)
        .where('organisationMembers.organisationId', '=', values.organisationId!)
        // The organisation may be another workspace's: its people are never shown here.
        .where('people.workspaceId', '=', values.workspaceId)
    : db
        .selectFrom('people')
        .select(read)
        .where(workspaceColumn(db, 'people.workspaceId', narrowedBy !== undefined), '=', values.workspaceId);
  if (narrowedBy !== undefined) qb = qb.where('people.id', 'in', peopleMatching(db, narrowedBy, informed, values));
  // A filter the page is read through needs no second check.
  if (values.organisationId !== undefined && !byName && narrowedBy !== 'organisationId') {
    const organisationId = values.organisationId;
    qb = qb.where((eb) =>
      eb.exists(
        eb
          .selectFrom('organisationMembers')
          .select('organisationMembers.personId')
          .whereRef('organisationMembers.personId', '=', 'people.id')
          .where('organisationMembers.organisationId', '=', organisationId),
      ),
    );
  }
  if (values.tag !== undefined && narrowedBy !== 'tag') {
    const tag = values.tag;
    qb = qb.where((eb) =>
      eb.exists(
        eb
          .selectFrom('personTags')
          .innerJoin('tags', 'tags.id', 'personTags.tagId')
          .select('personTags.tagId')
          .whereRef('personTags.personId', '=', 'people.id')
          .where('tags.name', '=', tag),
      ),
    );
  }
  if (values.nameFrom !== undefined) qb = qb.where(inPrefixRange('people.sortName', { from: values.nameFrom, before: values.nameBefore }));
  if (informed !== undefined) qb = qb.where('people.informedOn', informed ? 'is not' : 'is', null);
  const page = applyKeyset(qb, {
    sortColumn: byName ? 'organisationMembers.sortName' : `people.${sortColumns[field]}`,
    idColumn: byName ? 'organisationMembers.personId' : 'people.id',
    descending,
    ...keysetOptions(values, limit),
    // Measured on PostgreSQL: with the organisation's own statistics a written-in limit
    // makes it plan this shape anew on every execution; a parameter lets it keep one plan.
    literalLimit: !byName,
  });
  // (The organisation index's sort key is the person's own, so both orders agree.)
  return storedRecordPage(db, page, sortColumns[field], descending, (id) => builtPersonRecord(db, id));
});

/** The values of a page of people from the list query. */
function peoplePageValues(workspaceId: string, query: ListPeopleQuery): PeoplePageValues {
  const names = query.q === undefined ? undefined : prefixRange(fold(query.q));
  return {
    workspaceId,
    organisationId: query.organisationId,
    tag: query.tag,
    nameFrom: names?.from,
    nameBefore: names?.before,
    ...keysetValues(query),
  };
}

/**
 * A page of people (one row more when there is a next page), each as their stored record: the
 * JSON text the API shows. A rare filter's matches are read through its index (src/db/narrowing.ts).
 */
export async function listPeopleAsJson(
  db: Executor,
  workspaceId: string,
  query: ListPeopleQuery,
  precondition?: Precondition,
): Promise<JsonRow[]> {
  const values = peoplePageValues(workspaceId, query);
  const { sort, limit, informed } = query;
  const candidates = narrowingCandidates(sort, informed, values);
  const narrowedBy = await narrowestFilter(db, candidates, (filter) => peopleMatching(db, filter, informed, values), { precondition });
  return peoplePageJson(db, { sort, limit, informed, narrowedBy }, values, precondition);
}

/** Rebuilds the organisation index of one person from their affiliations and name. */
export async function syncOrganisationMembers(db: Executor, personId: string, sortName: string): Promise<void> {
  await db.deleteFrom('organisationMembers').where('personId', '=', personId).execute();
  await db
    .insertInto('organisationMembers')
    .columns(['organisationId', 'personId', 'workspaceId', 'sortName'])
    .expression((eb) =>
      eb
        .selectFrom('affiliations')
        .select((s) => ['affiliations.organisationId', 'affiliations.personId', 'affiliations.workspaceId', s.val(sortName).as('sortName')])
        .where('affiliations.personId', '=', personId)
        .distinct(),
    )
    .execute();
}

/** Rebuilds the organisation index of a whole workspace (after a bulk load). */
export async function rebuildOrganisationMembers(db: Executor, workspaceId: string): Promise<void> {
  await db.deleteFrom('organisationMembers').where('workspaceId', '=', workspaceId).execute();
  await db
    .insertInto('organisationMembers')
    .columns(['organisationId', 'personId', 'workspaceId', 'sortName'])
    .expression((eb) =>
      eb
        .selectFrom('affiliations')
        .innerJoin('people', 'people.id', 'affiliations.personId')
        .select(['affiliations.organisationId', 'affiliations.personId', 'affiliations.workspaceId', 'people.sortName'])
        .where('affiliations.workspaceId', '=', workspaceId)
        .distinct(),
    )
    .execute();
}

export async function insertPerson(db: Executor, row: Row): Promise<void> {
  await db.insertInto('people').values(row).execute();
}

/** Updates when the version still matches; returns whether the row changed. */
export const updatePersonRow = (db: Executor, id: string, version: number, changes: Partial<Row>) =>
  updateIfVersion(db, 'people', id, version, changes);

export async function deletePersonRow(db: Executor, id: string): Promise<void> {
  await db.deleteFrom('people').where('id', '=', id).execute();
}

/** Several people with their affiliations and tags, in one query (callers keep the ids to a few hundred). */
export async function findPeopleWithDetails(db: Executor, personIds: string[]): Promise<PersonWithDetails[]> {
  if (personIds.length === 0) return [];
  const rows = await db.selectFrom('people').select(personColumns).select(listColumns(db)).where('people.id', 'in', personIds).execute();
  return rows.map(withParsedDetails);
}

/** Affiliations and tags of several people at once, keyed by person id (no query per person). */
export async function loadDetails(db: Executor, personIds: string[]): Promise<Map<string, PersonDetails>> {
  if (personIds.length === 0) return new Map();
  const rows = await db.selectFrom('people').select('people.id').select(listColumns(db)).where('people.id', 'in', personIds).execute();
  return new Map(rows.map((row) => [row.id, withParsedDetails(row)]));
}

/** Replaces a person's affiliations with the given list. */
export async function replaceAffiliations(db: Executor, workspaceId: string, personId: string, list: AffiliationInput[]): Promise<void> {
  await db.deleteFrom('affiliations').where('personId', '=', personId).execute();
  if (list.length === 0) return;
  const createdAt = nowIso();
  await db
    .insertInto('affiliations')
    .values(
      list.map((a, position) => ({
        id: newId(),
        position,
        workspaceId,
        personId,
        organisationId: a.organisationId,
        role: a.role ?? null,
        since: a.since ?? null,
        until: a.until ?? null,
        createdAt,
      })),
    )
    .execute();
}

/** Tags people (adding to what they have), creating tags the workspace does not have yet. */
export async function tagPeople(db: Executor, workspaceId: string, people: { personId: string; tags: string[] }[]): Promise<void> {
  const names = [...new Set(people.flatMap((p) => p.tags))];
  if (names.length === 0) return;
  const createdAt = nowIso();
  const tagIds = new Map<string, string>();
  for (const chunk of chunks(names, 200)) {
    await db
      .insertInto('tags')
      .values(chunk.map((name) => ({ id: newId(), workspaceId, name, createdAt })))
      .onConflict((oc) => oc.columns(['workspaceId', 'name']).doNothing())
      .execute();
    const rows = await db
      .selectFrom('tags')
      .select(['id', 'name'])
      .where('workspaceId', '=', workspaceId)
      .where('name', 'in', chunk)
      .execute();
    for (const row of rows) tagIds.set(row.name, row.id);
  }
  const links = people.flatMap(({ personId, tags }) =>
    [...new Set(tags)].map((name) => ({ personId, tagId: tagIds.get(name)!, workspaceId })),
  );
  await insertMany(db, 'personTags', links);
}

/** Replaces a person's tags, creating tags the workspace does not have yet. */
export async function replaceTags(db: Executor, workspaceId: string, personId: string, names: string[]): Promise<void> {
  await db.deleteFrom('personTags').where('personId', '=', personId).execute();
  await tagPeople(db, workspaceId, [{ personId, tags: names }]);
}
