import type { Kysely } from 'kysely';
import type { Precondition } from '../../db/precondition.ts';
import type { AppContext } from '../../app/context.ts';
import type { Database, PersonRow } from '../../db/schema.ts';
import { isUniqueViolation } from '../../db/dialect.ts';
import { badRequest, conflict, notFound, preconditionFailed, type ProblemDetail } from '../../http/errors.ts';
import { assertVersion } from '../../http/etag.ts';
import type { WorkspaceActor } from '../../http/route.ts';
import { nowIso } from '../../lib/clock.ts';
import { newId } from '../../lib/ids.ts';
import { fold } from '../../lib/text.ts';
import { bumpNetworkVersion } from '../analytics/network-version.repository.ts';
import { auditByActor, auditCreatedByActor, type AuditActor } from '../audit/audit.repository.ts';
import { insertMany } from '../../db/insert-many.ts';
import { detachParties } from '../network/party-cleanup.repository.ts';
import { chunks } from '../../lib/chunks.ts';
import { insertSearchDocuments, upsertSearchDocument, type SearchDocumentSource } from '../search/search-document.repository.ts';
import * as repo from './person.repository.ts';
import { storePersonRecords } from './person-lists.repository.ts';
import { serialiseStoredRecordWrites } from '../../db/stored-record-writes.ts';
import { storeRecordsOfRelationsWith } from '../relations/relation-record.repository.ts';
import type { AffiliationInput, CreatePerson, Person, UpdatePerson } from './person.schema.ts';
import { existingOrganisationIds } from '../organisations/organisation.repository.ts';

type Executor = Kysely<Database>;
type Row = PersonRow;

/** The API's view of a person row that carries its affiliations and tags. */
export function presentPerson(row: repo.PersonWithDetails): Person {
  return {
    id: row.id,
    workspaceId: row.workspaceId,
    name: row.name,
    jobTitle: row.jobTitle,
    email: row.email,
    phone: row.phone,
    tags: row.tags,
    affiliations: row.affiliations,
    source: row.source,
    informedOn: row.informedOn,
    lastContactOn: row.lastContactOn,
    version: row.version,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

/** Presents a person row with its affiliations and tags. */
async function presentOne(db: Executor, row: Row): Promise<Person> {
  const details = (await repo.loadDetails(db, [row.id])).get(row.id) ?? { affiliations: [], tags: [] };
  return presentPerson({ ...row, ...details });
}

export async function getPerson(ctx: AppContext, workspaceId: string, id: string, precondition?: Precondition): Promise<Person> {
  const row = await repo.findPersonWithDetails(ctx.db.kysely, workspaceId, id, precondition);
  if (!row) throw notFound('Person');
  return presentPerson(row);
}

/** Every affiliation must name an organisation of this workspace; all misses are reported at once. */
async function checkAffiliations(db: Executor, workspaceId: string, list: AffiliationInput[] | undefined): Promise<void> {
  if (!list || list.length === 0) return;
  const found = await existingOrganisationIds(
    db,
    workspaceId,
    list.map((a) => a.organisationId),
  );
  const problems: ProblemDetail[] = list.flatMap((a, index) =>
    found.has(a.organisationId)
      ? []
      : [
          {
            in: 'body' as const,
            location: { pointer: `/affiliations/${index}/organisationId` },
            code: 'not_found',
            detail: 'No organisation with this id in this workspace.',
          },
        ],
  );
  if (problems.length > 0)
    throw badRequest(problems.length === 1 ? 'Unknown organisation.' : `${problems.length} unknown organisations.`, problems);
}

async function checkEmailFree(db: Executor, workspaceId: string, email: string | null | undefined, selfId?: string): Promise<void> {
  if (!email) return;
  const existing = await repo.findPersonByEmail(db, workspaceId, email);
  if (existing && existing.id !== selfId) throw duplicateEmail(workspaceId, existing.id);
}

const duplicateEmail = (workspaceId: string, id?: string) =>
  conflict(
    'Another person in this workspace has this e-mail address.',
    id ? { id, href: `/api/v1/workspaces/${workspaceId}/people/${id}` } : undefined,
  );

/** A person is found by name, and by job title, e-mail address, tags and organisations. */
const searchDocumentOf = (person: Person): SearchDocumentSource => ({
  entityId: person.id,
  workspaceId: person.workspaceId,
  entityType: 'person',
  title: person.name,
  body: [person.jobTitle, person.email, ...person.tags, ...person.affiliations.map((a) => a.organisationName)],
});

async function writeSearchDocument(db: Executor, person: Person): Promise<void> {
  await upsertSearchDocument(db, searchDocumentOf(person));
}

/**
 * Rewrites what shows organisations' names for these people, after an organisation was
 * renamed or deleted: their stored lists and their search documents. Runs in the caller's
 * transaction, a page of people at a time.
 */
export async function refreshAffiliatedPeople(db: Executor, personIds: string[]): Promise<void> {
  await storePersonRecords(db, personIds);
  for (const chunk of chunks(personIds, 500)) {
    for (const row of await repo.findPeopleWithDetails(db, chunk)) await writeSearchDocument(db, presentPerson(row));
  }
}

/** Runs a write, turning a unique-email race into the same 409 as the pre-check (for an import too). */
export async function guardEmail<T>(workspaceId: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (isUniqueViolation(error)) throw duplicateEmail(workspaceId);
    throw error;
  }
}

/** A new person for addPeople: the row, its tags and its affiliations. */
export interface NewPerson {
  row: Row;
  tags: string[];
  affiliations: AffiliationInput[];
}

/**
 * Writes new, checked people with everything that shows them (affiliations, tags, stored
 * record, search document), in the caller's transaction; affiliations name organisations of
 * the workspace and the e-mail addresses are free. One person or an import's thousands: a few
 * hundred rows per statement. Answers the people as the API shows them.
 */
export async function addPeople(db: Executor, actor: AuditActor, people: NewPerson[]): Promise<Person[]> {
  const { workspaceId } = actor;
  const createdAt = nowIso();
  await insertMany(
    db,
    'people',
    people.map((p) => p.row),
  );
  const affiliations = people.flatMap(({ row, affiliations }) =>
    affiliations.map((a, position) => ({
      id: newId(),
      position,
      workspaceId,
      personId: row.id,
      organisationId: a.organisationId,
      role: a.role ?? null,
      since: a.since ?? null,
      until: a.until ?? null,
      createdAt,
    })),
  );
  await insertMany(db, 'affiliations', affiliations);
  const members = people.flatMap(({ row, affiliations }) =>
    [...new Set(affiliations.map((a) => a.organisationId))].map((organisationId) => ({
      organisationId,
      personId: row.id,
      workspaceId,
      sortName: row.sortName,
    })),
  );
  await insertMany(db, 'organisationMembers', members);
  await repo.tagPeople(
    db,
    workspaceId,
    people.map(({ row, tags }) => ({ personId: row.id, tags })),
  );
  const ids = people.map((p) => p.row.id);
  const added: Person[] = [];
  for (const chunk of chunks(ids, 500)) {
    await storePersonRecords(db, chunk);
    const presented = (await repo.findPeopleWithDetails(db, chunk)).map(presentPerson);
    await insertSearchDocuments(db, presented.map(searchDocumentOf));
    added.push(...presented);
  }
  await auditCreatedByActor(db, actor, 'person', ids);
  return added;
}

export async function createPerson(ctx: AppContext, actor: WorkspaceActor, input: CreatePerson): Promise<Person> {
  const now = nowIso();
  const { tags, affiliations, ...fields } = input;
  const row: Row = {
    id: newId(),
    workspaceId: actor.workspaceId,
    name: fields.name,
    sortName: fold(fields.name),
    jobTitle: fields.jobTitle ?? null,
    email: fields.email ?? null,
    phone: fields.phone ?? null,
    source: fields.source ?? null,
    informedOn: fields.informedOn ?? null,
    lastContactOn: fields.lastContactOn ?? null,
    version: 1,
    createdAt: now,
    updatedAt: now,
  };
  return guardEmail(actor.workspaceId, () =>
    ctx.db.kysely.transaction().execute(async (trx) => {
      if (affiliations?.length) await serialiseStoredRecordWrites(trx, actor.workspaceId);
      await checkAffiliations(trx, actor.workspaceId, affiliations);
      await checkEmailFree(trx, actor.workspaceId, row.email);
      const [person] = await addPeople(trx, actor, [{ row, tags: tags ?? [], affiliations: affiliations ?? [] }]);
      await bumpNetworkVersion(trx, actor.workspaceId);
      return person!;
    }),
  );
}

export async function updatePerson(
  ctx: AppContext,
  actor: WorkspaceActor,
  id: string,
  expected: number,
  input: UpdatePerson,
): Promise<Person> {
  const { tags, affiliations, ...fields } = input;
  return guardEmail(actor.workspaceId, () =>
    ctx.db.kysely.transaction().execute(async (trx) => {
      // New affiliations show organisations' names, and a new name shows in the person's relations.
      if (affiliations || fields.name !== undefined) await serialiseStoredRecordWrites(trx, actor.workspaceId);
      const current = await repo.findPerson(trx, actor.workspaceId, id);
      if (!current) throw notFound('Person');
      assertVersion(current, expected);
      await checkAffiliations(trx, actor.workspaceId, affiliations);
      await checkEmailFree(trx, actor.workspaceId, fields.email, id);
      const changes = { ...fields, ...(fields.name !== undefined ? { sortName: fold(fields.name) } : {}), updatedAt: nowIso() };
      if (!(await repo.updatePersonRow(trx, id, expected, changes))) throw preconditionFailed(current.version);
      if (affiliations) await repo.replaceAffiliations(trx, actor.workspaceId, id, affiliations);
      if (affiliations || changes.sortName) await repo.syncOrganisationMembers(trx, id, changes.sortName ?? current.sortName);
      if (tags) await repo.replaceTags(trx, actor.workspaceId, id, tags);
      // Every change shows in the stored record (its version and updatedAt at least).
      await storePersonRecords(trx, [id]);
      if (fields.name !== undefined && fields.name !== current.name) await storeRecordsOfRelationsWith(trx, actor.workspaceId, [id]);
      const person = await presentOne(trx, { ...current, ...changes, version: expected + 1 });
      await writeSearchDocument(trx, person);
      await auditByActor(trx, actor, 'update', 'person', id);
      await bumpNetworkVersion(trx, actor.workspaceId);
      return person!;
    }),
  );
}

/** Deletes a person with their relations, notes, affiliations and tags, in one transaction. */
export async function deletePerson(ctx: AppContext, actor: WorkspaceActor, id: string): Promise<void> {
  await ctx.db.kysely.transaction().execute(async (trx) => {
    // A relation being written to this person waits, or is waited for: none is left behind.
    await serialiseStoredRecordWrites(trx, actor.workspaceId);
    const current = await repo.findPerson(trx, actor.workspaceId, id);
    if (!current) throw notFound('Person');
    await detachParties(trx, actor.workspaceId, [id]);
    await trx.updateTable('users').set({ personId: null }).where('personId', '=', id).execute();
    await repo.deletePersonRow(trx, id);
    await auditByActor(trx, actor, 'delete', 'person', id);
  });
}
