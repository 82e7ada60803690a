import type { Kysely, Selectable } from 'kysely';
import type { Database, PersonTable } from '../../db/schema.ts';
import { applyKeyset, parseSort } from '../../db/keyset.ts';
import { startsWith } from '../../db/dialect.ts';
import type { Cursor } from '../../http/pagination.ts';
import { fold } from '../../lib/text.ts';
import { nowIso } from '../../lib/clock.ts';
import { newId } from '../../lib/ids.ts';
import type { AffiliationInput, ListPeopleQuery, Person } from './person.schema.ts';
import { updateIfVersion } from '../../db/versioned-update.ts';

type Executor = Kysely<Database>;
type Row = Selectable<PersonTable>;

const sortColumns = { name: 'sortName', createdAt: 'createdAt', updatedAt: 'updatedAt' } as const;

export function personCursor(row: Row, sort: ListPeopleQuery['sort']): Cursor {
  return { value: String(row[sortColumns[parseSort(sort).field]]), id: row.id };
}

export function findPerson(db: Executor, workspaceId: string, id: string) {
  return db.selectFrom('people').selectAll().where('workspaceId', '=', workspaceId).where('id', '=', id).executeTakeFirst();
}

export function findPersonByEmail(db: Executor, workspaceId: string, email: string) {
  return db.selectFrom('people').select('id').where('workspaceId', '=', workspaceId).where('email', '=', email).executeTakeFirst();
}

export function listPeople(db: Executor, workspaceId: string, query: ListPeopleQuery) {
  const { field, descending } = parseSort(query.sort);
  const byName = field === 'name' && query.organisationId !== undefined;
  // People of one organisation in name order come from the derived index, page by page.
  let qb = byName
    ? db
        .selectFrom('organisationMembers')
        .innerJoin('people', 'people.id', 'organisationMembers.personId')
        .selectAll('people')
        .where('organisationMembers.organisationId', '=', query.organisationId!)
    : db.selectFrom('people').selectAll('people').where('people.workspaceId', '=', workspaceId);
  if (query.organisationId && !byName) {
    const organisationId = query.organisationId;
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
  if (query.tag) {
    const tag = query.tag;
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
  if (query.q) qb = qb.where(startsWith('people.sortName', fold(query.q)));
  return applyKeyset(qb, {
    sortColumn: byName ? 'organisationMembers.sortName' : `people.${sortColumns[field]}`,
    idColumn: byName ? 'organisationMembers.personId' : 'people.id',
    descending,
    cursor: query.cursor,
    limit: query.limit,
  }).execute();
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

/** Affiliations and tags of several people at once, keyed by person id (no query per person). */
export async function loadDetails(db: Executor, personIds: string[]) {
  const affiliations = new Map<string, Person['affiliations']>();
  const tags = new Map<string, string[]>();
  if (personIds.length === 0) return { affiliations, tags };
  const [affiliationRows, tagRows] = await Promise.all([
    db
      .selectFrom('affiliations')
      .innerJoin('organisations', 'organisations.id', 'affiliations.organisationId')
      .select([
        'affiliations.id',
        'affiliations.personId',
        'affiliations.organisationId',
        'organisations.name as organisationName',
        'affiliations.role',
        'affiliations.since',
        'affiliations.until',
      ])
      .where('affiliations.personId', 'in', personIds)
      .orderBy('affiliations.personId')
      .orderBy('affiliations.position')
      .execute(),
    db
      .selectFrom('personTags')
      .innerJoin('tags', 'tags.id', 'personTags.tagId')
      .select(['personTags.personId', 'tags.name'])
      .where('personTags.personId', 'in', personIds)
      .orderBy('tags.name')
      .execute(),
  ]);
  for (const { personId, ...affiliation } of affiliationRows) {
    affiliations.set(personId, [...(affiliations.get(personId) ?? []), affiliation]);
  }
  for (const { personId, name } of tagRows) tags.set(personId, [...(tags.get(personId) ?? []), name]);
  return { affiliations, tags };
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

/** Replaces a person's tags, creating tags the workspace does not have yet. */
export async function replaceTags(db: Executor, workspaceId: string, personId: string, names: string[]): Promise<void> {
  await db.deleteFrom('personTags').where('personId', '=', personId).execute();
  const unique = [...new Set(names)];
  if (unique.length === 0) return;
  const createdAt = nowIso();
  await db
    .insertInto('tags')
    .values(unique.map((name) => ({ id: newId(), workspaceId, name, createdAt })))
    .onConflict((oc) => oc.columns(['workspaceId', 'name']).doNothing())
    .execute();
  const tagRows = await db.selectFrom('tags').select('id').where('workspaceId', '=', workspaceId).where('name', 'in', unique).execute();
  await db
    .insertInto('personTags')
    .values(tagRows.map((t) => ({ personId, tagId: t.id, workspaceId })))
    .execute();
}
