/**
 * Reads for the story of a theme: everything dated that hangs on it, and how the network
 * grew. Read-only; each list is one indexed query, combined in `timeline.ts`.
 */
import type { Kysely } from 'kysely';
import { yearOf, type DialectName } from '../../db/dialect.ts';
import type { Database } from '../../db/schema.ts';
import type { YearCounts } from './network-growth.ts';
import type { TimelineEvent } from './story.schema.ts';

type Executor = Kysely<Database>;

/** Every dated event of the theme, unsorted. Private summaries are never read here: events carry titles only. */
export async function themeEvents(db: Executor, workspaceId: string, themeId: string): Promise<TimelineEvent[]> {
  const [mandates, initiatives, interactions, decisions, stakeholders, joined, knowledge, maturity] = await Promise.all([
    db
      .selectFrom('mandates')
      .leftJoin('people', 'people.id', 'mandates.clientId')
      .select(['mandates.id', 'mandates.role', 'mandates.status', 'mandates.grantedOn', 'mandates.reviewOn', 'people.name as clientName'])
      .where('mandates.workspaceId', '=', workspaceId)
      .where('mandates.themeId', '=', themeId)
      .execute(),
    db
      .selectFrom('initiatives')
      .innerJoin('initiativeThemes', 'initiativeThemes.initiativeId', 'initiatives.id')
      .select(['initiatives.id', 'initiatives.title', 'initiatives.kind', 'initiatives.status', 'initiatives.startOn', 'initiatives.endOn'])
      .where('initiativeThemes.themeId', '=', themeId)
      .where('initiatives.workspaceId', '=', workspaceId)
      .execute(),
    db
      .selectFrom('interactions')
      .innerJoin('interactionThemes', 'interactionThemes.interactionId', 'interactions.id')
      .leftJoin('groups', 'groups.id', 'interactions.groupId')
      .select(['interactions.id', 'interactions.title', 'interactions.kind', 'interactions.date', 'groups.name as groupName'])
      .where('interactionThemes.themeId', '=', themeId)
      .where('interactions.workspaceId', '=', workspaceId)
      .execute(),
    db
      .selectFrom('decisions')
      .leftJoin('organisations', 'organisations.id', 'decisions.bodyId')
      .select(['decisions.id', 'decisions.title', 'decisions.date', 'decisions.outcome', 'organisations.name as bodyName'])
      .where('decisions.workspaceId', '=', workspaceId)
      .where('decisions.themeId', '=', themeId)
      .execute(),
    db
      .selectFrom('stakeholderAssessments')
      .leftJoin('people', 'people.id', 'stakeholderAssessments.partyId')
      .leftJoin('organisations', 'organisations.id', 'stakeholderAssessments.partyId')
      .select([
        'stakeholderAssessments.id',
        'stakeholderAssessments.assessedOn',
        'people.name as personName',
        'organisations.name as organisationName',
      ])
      .where('stakeholderAssessments.workspaceId', '=', workspaceId)
      .where('stakeholderAssessments.themeId', '=', themeId)
      .execute(),
    db
      .selectFrom('groupMembers')
      .innerJoin('groupThemes', 'groupThemes.groupId', 'groupMembers.groupId')
      .innerJoin('groups', 'groups.id', 'groupMembers.groupId')
      .innerJoin('people', 'people.id', 'groupMembers.personId')
      .select(['groups.id', 'groups.name', 'groupMembers.since', 'people.name as personName'])
      .where('groupThemes.themeId', '=', themeId)
      .where('groupMembers.workspaceId', '=', workspaceId)
      .where('groupMembers.since', 'is not', null)
      .execute(),
    db
      .selectFrom('knowledgeItems')
      .innerJoin('knowledgeItemThemes', 'knowledgeItemThemes.knowledgeItemId', 'knowledgeItems.id')
      .select(['knowledgeItems.id', 'knowledgeItems.title', 'knowledgeItems.kind', 'knowledgeItems.sharedOn'])
      .where('knowledgeItemThemes.themeId', '=', themeId)
      .where('knowledgeItems.workspaceId', '=', workspaceId)
      .execute(),
    db
      .selectFrom('assessments')
      .innerJoin('themeOrganisations', 'themeOrganisations.organisationId', 'assessments.organisationId')
      .innerJoin('organisations', 'organisations.id', 'assessments.organisationId')
      .innerJoin('maturityModels', 'maturityModels.id', 'assessments.modelId')
      .select(['assessments.id', 'assessments.assessedOn', 'organisations.name as organisationName', 'maturityModels.name as modelName'])
      .where('themeOrganisations.themeId', '=', themeId)
      .where('assessments.workspaceId', '=', workspaceId)
      .execute(),
  ]);

  const events: TimelineEvent[] = [];
  const add = (event: Omit<TimelineEvent, 'partyName' | 'detail'> & Partial<Pick<TimelineEvent, 'partyName' | 'detail'>>) =>
    events.push({ detail: null, partyName: null, ...event });
  for (const m of mandates) {
    if (m.grantedOn)
      add({
        date: m.grantedOn,
        kind: 'mandateGranted',
        recordType: 'mandate',
        recordId: m.id,
        title: m.role,
        detail: m.status,
        partyName: m.clientName,
      });
    if (m.reviewOn)
      add({
        date: m.reviewOn,
        kind: 'mandateReview',
        recordType: 'mandate',
        recordId: m.id,
        title: m.role,
        detail: m.status,
        partyName: m.clientName,
      });
  }
  for (const i of initiatives) {
    if (i.startOn)
      add({ date: i.startOn, kind: 'initiativeStarted', recordType: 'initiative', recordId: i.id, title: i.title, detail: i.kind });
    if (i.endOn)
      add({ date: i.endOn, kind: 'initiativeEnded', recordType: 'initiative', recordId: i.id, title: i.title, detail: i.status });
  }
  for (const i of interactions) {
    add({
      date: i.date,
      kind: 'interaction',
      recordType: 'interaction',
      recordId: i.id,
      title: i.title,
      detail: i.kind,
      partyName: i.groupName,
    });
  }
  for (const d of decisions) {
    add({
      date: d.date,
      kind: 'decision',
      recordType: 'decision',
      recordId: d.id,
      title: d.title,
      detail: d.outcome,
      partyName: d.bodyName,
    });
  }
  for (const s of stakeholders) {
    const partyName = s.personName ?? s.organisationName ?? null;
    add({
      date: s.assessedOn,
      kind: 'stakeholderAssessed',
      recordType: 'stakeholderAssessment',
      recordId: s.id,
      title: partyName ?? '',
      partyName,
    });
  }
  for (const g of joined) {
    add({ date: g.since!, kind: 'groupJoined', recordType: 'group', recordId: g.id, title: g.name, partyName: g.personName });
  }
  for (const k of knowledge) {
    add({ date: k.sharedOn, kind: 'knowledgeShared', recordType: 'knowledgeItem', recordId: k.id, title: k.title, detail: k.kind });
  }
  for (const a of maturity) {
    add({
      date: a.assessedOn,
      kind: 'maturityAssessed',
      recordType: 'assessment',
      recordId: a.id,
      title: a.modelName,
      partyName: a.organisationName,
    });
  }
  return events;
}

const perYear = async (query: Promise<{ year: string | null; count: number | string | bigint }[]>): Promise<YearCounts> =>
  (await query).filter((row) => row.year !== null).map((row) => ({ year: row.year!, count: Number(row.count) }));

/**
 * Relations begun per year; one without a beginning counts in the year it was recorded. Those
 * with a beginning are counted per day of it, in the order of the (workspace, since) index, and
 * the days added up here: grouped by year in SQL, all of them were sorted by year first (3.3 s
 * on SQLite for 1,000,000 relations; docs/benchmarks.md, "Filters at their rarest").
 */
async function relationsPerYear(db: Executor, dialect: DialectName, workspaceId: string): Promise<YearCounts> {
  const inWorkspace = db.selectFrom('relations').where('relations.workspaceId', '=', workspaceId);
  const [days, undated] = await Promise.all([
    inWorkspace
      .select((eb) => ['relations.since', eb.fn.countAll<number>().as('count')])
      .where('relations.since', 'is not', null)
      .groupBy('relations.since')
      .execute(),
    perYear(
      inWorkspace
        .select((eb) => [yearOf(dialect, 'relations.since', 'relations.createdAt').as('year'), eb.fn.countAll<number>().as('count')])
        .where('relations.since', 'is', null)
        .groupBy('year')
        .execute(),
    ),
  ]);
  const years = new Map(undated.map(({ year, count }) => [year, count]));
  for (const { since, count } of days) {
    const year = since!.slice(0, 4);
    years.set(year, (years.get(year) ?? 0) + Number(count));
  }
  return [...years].map(([year, count]) => ({ year, count }));
}

/** New people, organisations, relations and group memberships per year of the workspace. */
export async function growthPerYear(db: Executor, dialect: DialectName, workspaceId: string) {
  // A person and an organisation enter the network with their first affiliation; without one, when they were recorded.
  const firstAffiliation = (side: 'personId' | 'organisationId', owner: 'people' | 'organisations') =>
    db
      .selectFrom(owner)
      .select((eb) => [
        `${owner}.createdAt` as const,
        eb
          .selectFrom('affiliations')
          .select((inner) => inner.fn.min('affiliations.since').as('since'))
          .whereRef(`affiliations.${side}`, '=', `${owner}.id`)
          .as('since'),
      ])
      .where(`${owner}.workspaceId`, '=', workspaceId)
      .as('entered');
  const entered = (owner: 'people' | 'organisations', side: 'personId' | 'organisationId') =>
    perYear(
      db
        .selectFrom(firstAffiliation(side, owner))
        .select((eb) => [yearOf(dialect, 'entered.since', 'entered.createdAt').as('year'), eb.fn.countAll<number>().as('count')])
        .groupBy('year')
        .execute(),
    );
  const [people, organisations, relations, groupMemberships] = await Promise.all([
    entered('people', 'personId'),
    entered('organisations', 'organisationId'),
    relationsPerYear(db, dialect, workspaceId),
    perYear(
      db
        .selectFrom('groupMembers')
        .innerJoin('groups', 'groups.id', 'groupMembers.groupId')
        .select((eb) => [yearOf(dialect, 'groupMembers.since', 'groups.createdAt').as('year'), eb.fn.countAll<number>().as('count')])
        .where('groupMembers.workspaceId', '=', workspaceId)
        .groupBy('year')
        .execute(),
    ),
  ]);
  return { people, organisations, relations, groupMemberships };
}

/** Names of people or organisations by id (ids of other workspaces are not found). */
export async function namesOf(
  db: Executor,
  table: 'people' | 'organisations',
  workspaceId: string,
  ids: string[],
): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db.selectFrom(table).select(['id', 'name']).where('workspaceId', '=', workspaceId).where('id', 'in', ids).execute();
  return new Map(rows.map((row) => [row.id, row.name]));
}

/** The initiatives linked to the theme, oldest start first. */
export function themeInitiatives(db: Executor, workspaceId: string, themeId: string) {
  return db
    .selectFrom('initiatives')
    .innerJoin('initiativeThemes', 'initiativeThemes.initiativeId', 'initiatives.id')
    .select(['initiatives.title', 'initiatives.status', 'initiatives.outcome'])
    .where('initiativeThemes.themeId', '=', themeId)
    .where('initiatives.workspaceId', '=', workspaceId)
    .orderBy('initiatives.startOn')
    .orderBy('initiatives.sortTitle')
    .execute();
}

/** The groups working on the theme with their number of members. */
export function themeGroups(db: Executor, workspaceId: string, themeId: string) {
  return db
    .selectFrom('groups')
    .innerJoin('groupThemes', 'groupThemes.groupId', 'groups.id')
    .select((eb) => [
      'groups.name',
      eb
        .selectFrom('groupMembers')
        .select((inner) => inner.fn.countAll<number>().as('count'))
        .whereRef('groupMembers.groupId', '=', 'groups.id')
        .as('memberCount'),
    ])
    .where('groupThemes.themeId', '=', themeId)
    .where('groups.workspaceId', '=', workspaceId)
    .orderBy('groups.sortName')
    .execute();
}

/** The theme's decisions, oldest first, with the name of the deciding body. */
export function themeDecisions(db: Executor, workspaceId: string, themeId: string) {
  return db
    .selectFrom('decisions')
    .leftJoin('organisations', 'organisations.id', 'decisions.bodyId')
    .select(['decisions.date', 'decisions.title', 'decisions.outcome', 'decisions.amountCents', 'organisations.name as bodyName'])
    .where('decisions.workspaceId', '=', workspaceId)
    .where('decisions.themeId', '=', themeId)
    .orderBy('decisions.date')
    .orderBy('decisions.id')
    .execute();
}

/** The id of the workspace's copy of a built-in maturity model, if it has one. */
export async function builtInModelId(db: Executor, workspaceId: string, key: string): Promise<string | null> {
  const row = await db
    .selectFrom('maturityModels')
    .select('id')
    .where('workspaceId', '=', workspaceId)
    .where('builtIn', '=', key)
    .executeTakeFirst();
  return row?.id ?? null;
}
