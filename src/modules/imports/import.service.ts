import type { Kysely } from 'kysely';
import type { AppContext } from '../../app/context.ts';
import type { Database } from '../../db/schema.ts';
import { refreshStatistics } from '../../db/dialect.ts';
import { serialiseStoredRecordWrites } from '../../db/stored-record-writes.ts';
import { badRequest, type ProblemDetail } from '../../http/errors.ts';
import { chunks } from '../../lib/chunks.ts';
import { nowIso } from '../../lib/clock.ts';
import { newId } from '../../lib/ids.ts';
import { fold } from '../../lib/text.ts';
import { bumpNetworkVersion } from '../analytics/network-version.repository.ts';
import type { AuditActor } from '../audit/audit.repository.ts';
import { addOrganisation } from '../organisations/organisation.service.ts';
import { addPeople, guardEmail, type NewPerson } from '../people/person.service.ts';
import { checkRecords, type ImportCandidate } from './check-records.ts';
import type { ImportProblem } from './import-file.ts';
import type { ImportedOrganisation, ImportedPerson, ImportInput, ImportResult } from './import.schema.ts';
import { parseCsv } from './parse-csv.ts';
import { parseVcard } from './parse-vcard.ts';

type Executor = Kysely<Database>;

/** More people than this in one file is refused: one import is one transaction. */
export const MAX_IMPORTED_PEOPLE = 10_000;

/** From this many new people on, an import refreshes the database's statistics of what it wrote. */
const BULK = 1_000;

/** What an import will do: each person's outcome, and the organisations it names. */
interface Plan {
  people: (ImportedPerson & { candidate: ImportCandidate })[];
  organisations: (ImportedOrganisation & { key: string })[];
}

/**
 * Imports people from a spreadsheet (CSV) or an address book (vCard) into the workspace, in
 * one transaction: every person new to the workspace, with their organisation (found by
 * name, or created) and tags. People whose e-mail address is already in the workspace are
 * skipped, and so are people without one whose name is. With `dryRun`, only says what it
 * would do. A file with any problem is refused whole, with every problem and its line.
 */
export async function importPeople(ctx: AppContext, actor: AuditActor, input: ImportInput): Promise<ImportResult> {
  const parsed = input.format === 'csv' ? parseCsv(input.content) : parseVcard(input.content);
  const { candidates, problems } = checkRecords(parsed.records);
  problems.unshift(...parsed.problems);
  if (parsed.records.length > MAX_IMPORTED_PEOPLE) {
    problems.unshift({
      code: 'too_many_rows',
      detail: `At most ${MAX_IMPORTED_PEOPLE} people per import; this file has ${parsed.records.length}.`,
    });
  }
  if (problems.length === 0 && candidates.length === 0) problems.push({ code: 'empty', detail: 'The file holds no people.' });
  if (problems.length > 0) {
    throw badRequest(problems.length === 1 ? problems[0]!.detail : `${problems.length} problems in the file.`, problems.map(atContent));
  }
  return guardEmail(actor.workspaceId, () =>
    ctx.db.kysely.transaction().execute(async (trx) => {
      // New people show their organisations' names: wait for, or hold off, renames.
      if (!input.dryRun) await serialiseStoredRecordWrites(trx, actor.workspaceId);
      const plan = await planImport(trx, actor.workspaceId, candidates);
      if (!input.dryRun) await carryOut(trx, actor, plan, input.source ?? null);
      return present(plan, input.dryRun, parsed.ignoredColumns);
    }),
  );
}

/** A problem in the file as the API reports it: in the body's content, at a line and field. */
function atContent(problem: ImportProblem): ProblemDetail {
  const location = {
    pointer: '/content',
    ...(problem.line ? { line: problem.line } : {}),
    ...(problem.field ? { field: problem.field } : {}),
  };
  return { in: 'body', location, code: problem.code, detail: problem.detail };
}

/**
 * The record of the workspace that has each value in the column (the first by id where
 * several have it), a few hundred values per query.
 */
async function idsByValue(
  db: Executor,
  table: 'people' | 'organisations',
  column: 'email' | 'sortName',
  workspaceId: string,
  values: string[],
): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  for (const part of chunks([...new Set(values)], 500)) {
    // The casts let one query serve both tables; callers name a column their table has.
    const rows = await db
      .selectFrom(table as 'people')
      .select((eb) => ['id', eb.ref(column as 'sortName').as('value')])
      .where('workspaceId', '=', workspaceId)
      .where(column as 'sortName', 'in', part)
      .orderBy('id')
      .execute();
    for (const row of rows) if (!ids.has(row.value)) ids.set(row.value, row.id);
  }
  return ids;
}

async function planImport(db: Executor, workspaceId: string, candidates: ImportCandidate[]): Promise<Plan> {
  const emails = candidates.flatMap((c) => (c.email ? [c.email] : []));
  const names = candidates.flatMap((c) => (c.email ? [] : [fold(c.name)]));
  const byEmail = await idsByValue(db, 'people', 'email', workspaceId, emails);
  const byName = await idsByValue(db, 'people', 'sortName', workspaceId, names);

  const href = (id: string) => ({ id, href: `/api/v1/workspaces/${workspaceId}/people/${id}` });
  const seen = new Set<string>();
  const people = candidates.map((candidate) => {
    const key = candidate.email ?? `name:${fold(candidate.name)}`;
    const existing = candidate.email ? byEmail.get(candidate.email) : byName.get(fold(candidate.name));
    const outcome: Pick<ImportedPerson, 'outcome' | 'reason' | 'existing'> = existing
      ? { outcome: 'skip', reason: candidate.email ? 'email_exists' : 'name_exists', existing: href(existing) }
      : seen.has(key)
        ? { outcome: 'skip', reason: 'duplicate_in_file' }
        : { outcome: 'create' };
    seen.add(key);
    const { line, name, jobTitle, email, phone, organisation, role, tags } = candidate;
    return { line, name, jobTitle, email, phone, organisation, role, tags, ...outcome, candidate };
  });
  const organisations = await planOrganisations(db, workspaceId, people);
  return { people, organisations };
}

/** The organisations the new people name, once each (by name, ignoring case and accents). */
async function planOrganisations(db: Executor, workspaceId: string, people: Plan['people']): Promise<Plan['organisations']> {
  const named = new Map<string, string>();
  for (const person of people) {
    if (person.outcome === 'create' && person.organisation) {
      const key = fold(person.organisation);
      if (!named.has(key)) named.set(key, person.organisation);
    }
  }
  const existing = await idsByValue(db, 'organisations', 'sortName', workspaceId, [...named.keys()]);
  return [...named].map(([key, name]) => {
    const id = existing.get(key);
    return id ? { key, name, outcome: 'existing' as const, id } : { key, name, outcome: 'create' as const };
  });
}

async function carryOut(db: Executor, actor: AuditActor, plan: Plan, source: string | null): Promise<void> {
  const now = nowIso();
  const organisationIds = new Map<string, string>();
  for (const organisation of plan.organisations) {
    if (organisation.outcome === 'create') {
      organisation.id = newId();
      await addOrganisation(db, actor, {
        id: organisation.id,
        workspaceId: actor.workspaceId,
        name: organisation.name,
        sortName: organisation.key,
        kind: 'other',
        code: null,
        parentId: null,
        description: null,
        website: null,
        version: 1,
        createdAt: now,
        updatedAt: now,
      });
    }
    organisationIds.set(organisation.key, organisation.id!);
  }
  const people: NewPerson[] = [];
  for (const person of plan.people) {
    if (person.outcome !== 'create') continue;
    const { candidate } = person;
    const organisationId = candidate.organisation ? organisationIds.get(fold(candidate.organisation)) : undefined;
    person.id = newId();
    const row = {
      id: person.id,
      workspaceId: actor.workspaceId,
      name: candidate.name,
      sortName: fold(candidate.name),
      jobTitle: candidate.jobTitle,
      email: candidate.email,
      phone: candidate.phone,
      source,
      informedOn: null,
      lastContactOn: null,
      version: 1,
      createdAt: now,
      updatedAt: now,
    };
    people.push({ row, tags: candidate.tags, affiliations: organisationId ? [{ organisationId, role: candidate.role }] : [] });
  }
  await addPeople(db, actor, people);
  if (people.length >= BULK)
    await refreshStatistics(db, ['people', 'affiliations', 'organisationMembers', 'personTags', 'searchDocuments']);
  await bumpNetworkVersion(db, actor.workspaceId);
}

function present(plan: Plan, dryRun: boolean, ignoredColumns: string[]): ImportResult {
  const people = plan.people.map(({ candidate: _candidate, ...person }) => person);
  const organisations = plan.organisations.map(({ key: _key, ...organisation }) => organisation);
  return {
    dryRun,
    people,
    organisations,
    ignoredColumns,
    counts: {
      peopleCreated: people.filter((p) => p.outcome === 'create').length,
      peopleSkipped: people.filter((p) => p.outcome === 'skip').length,
      organisationsCreated: organisations.filter((o) => o.outcome === 'create').length,
    },
  };
}
