import type { Kysely, Selectable } from 'kysely';
import type { Database, InteractionTable } from '../../db/schema.ts';
import { applyKeyset, parseSort } from '../../db/keyset.ts';
import { updateIfVersion } from '../../db/versioned-update.ts';
import type { Cursor } from '../../http/pagination.ts';
import type { Attendance, Interaction, ListInteractionsQuery } from './interaction.schema.ts';

type Executor = Kysely<Database>;
export type InteractionRow = Selectable<InteractionTable>;

interface Links {
  participants: Interaction['participants'];
  organisationIds: string[];
  themeIds: string[];
}

/** Every field an interaction exposes; a private summary only to its author. */
export function presentInteraction(row: InteractionRow, links: Links, readerId: string): Interaction {
  const readable = row.summaryVisibility === 'workspace' || row.authorId === readerId;
  return {
    id: row.id,
    workspaceId: row.workspaceId,
    kind: row.kind as Interaction['kind'],
    title: row.title,
    date: row.date,
    startTime: row.startTime,
    durationMinutes: row.durationMinutes,
    groupId: row.groupId,
    ...links,
    summary: readable ? row.summary : null,
    summaryVisibility: row.summaryVisibility,
    outcome: row.outcome,
    authorId: row.authorId,
    version: row.version,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

const sortColumns = { date: 'date', createdAt: 'createdAt' } as const;

/** The sort value of a row for the cursor. */
export function interactionCursor(row: InteractionRow, sort: ListInteractionsQuery['sort']): Cursor {
  return { value: String(row[sortColumns[parseSort(sort).field]]), id: row.id };
}

export function findInteraction(db: Executor, workspaceId: string, id: string) {
  return db.selectFrom('interactions').selectAll().where('workspaceId', '=', workspaceId).where('id', '=', id).executeTakeFirst();
}

export function listInteractions(db: Executor, workspaceId: string, query: ListInteractionsQuery) {
  const { field, descending } = parseSort(query.sort);
  let qb = db.selectFrom('interactions').selectAll().where('workspaceId', '=', workspaceId);
  if (query.kind) qb = qb.where('kind', '=', query.kind);
  if (query.groupId) qb = qb.where('groupId', '=', query.groupId);
  if (query.dateFrom) qb = qb.where('date', '>=', query.dateFrom);
  if (query.dateTo) qb = qb.where('date', '<=', query.dateTo);
  const { personId, themeId, organisationId } = query;
  if (personId) {
    qb = qb.where('id', 'in', (eb) => eb.selectFrom('interactionParticipants').select('interactionId').where('personId', '=', personId));
  }
  if (themeId) {
    qb = qb.where('id', 'in', (eb) => eb.selectFrom('interactionThemes').select('interactionId').where('themeId', '=', themeId));
  }
  if (organisationId) {
    qb = qb.where('id', 'in', (eb) =>
      eb.selectFrom('interactionOrganisations').select('interactionId').where('organisationId', '=', organisationId),
    );
  }
  return applyKeyset(qb, {
    sortColumn: `interactions.${sortColumns[field]}`,
    idColumn: 'interactions.id',
    descending,
    cursor: query.cursor,
    limit: query.limit,
  }).execute();
}

/** Participants, organisations and themes of each interaction, three queries for a whole page. */
async function linksOf(db: Executor, ids: string[]): Promise<Map<string, Links>> {
  const byId = new Map<string, Links>(ids.map((id) => [id, { participants: [], organisationIds: [], themeIds: [] }]));
  if (ids.length === 0) return byId;
  const [participants, organisations, themes] = await Promise.all([
    db
      .selectFrom('interactionParticipants')
      .innerJoin('people', 'people.id', 'interactionParticipants.personId')
      .select([
        'interactionParticipants.interactionId',
        'interactionParticipants.personId',
        'interactionParticipants.attendance',
        'people.name',
      ])
      .where('interactionParticipants.interactionId', 'in', ids)
      .orderBy('people.sortName')
      .orderBy('people.id')
      .execute(),
    db
      .selectFrom('interactionOrganisations')
      .innerJoin('organisations', 'organisations.id', 'interactionOrganisations.organisationId')
      .select(['interactionOrganisations.interactionId', 'interactionOrganisations.organisationId'])
      .where('interactionOrganisations.interactionId', 'in', ids)
      .orderBy('organisations.sortName')
      .orderBy('organisations.id')
      .execute(),
    db
      .selectFrom('interactionThemes')
      .innerJoin('themes', 'themes.id', 'interactionThemes.themeId')
      .select(['interactionThemes.interactionId', 'interactionThemes.themeId'])
      .where('interactionThemes.interactionId', 'in', ids)
      .orderBy('themes.sortTitle')
      .orderBy('themes.id')
      .execute(),
  ]);
  for (const p of participants)
    byId.get(p.interactionId)?.participants.push({ personId: p.personId, name: p.name, attendance: p.attendance });
  for (const o of organisations) byId.get(o.interactionId)?.organisationIds.push(o.organisationId);
  for (const t of themes) byId.get(t.interactionId)?.themeIds.push(t.themeId);
  return byId;
}

/** Rows with their links, for a page or a single interaction, as `readerId` may see them. */
export async function presentInteractions(db: Executor, rows: InteractionRow[], readerId: string): Promise<Interaction[]> {
  const links = await linksOf(
    db,
    rows.map((r) => r.id),
  );
  return rows.map((row) => presentInteraction(row, links.get(row.id) ?? { participants: [], organisationIds: [], themeIds: [] }, readerId));
}

export async function insertInteraction(db: Executor, row: InteractionRow): Promise<void> {
  await db.insertInto('interactions').values(row).execute();
}

/** Updates when the version still matches; returns whether the row changed. */
export const updateInteraction = (db: Executor, id: string, version: number, changes: Partial<InteractionRow>) =>
  updateIfVersion(db, 'interactions', id, version, changes);

/** The participants of an interaction with their attendance. */
export async function participantsOf(db: Executor, interactionId: string): Promise<Map<string, Attendance>> {
  const rows = await db
    .selectFrom('interactionParticipants')
    .select(['personId', 'attendance'])
    .where('interactionId', '=', interactionId)
    .execute();
  return new Map(rows.map((r) => [r.personId, r.attendance]));
}

/** Replaces the participants of an interaction. */
export async function replaceParticipants(
  db: Executor,
  workspaceId: string,
  interactionId: string,
  participants: { personId: string; attendance: Attendance }[],
): Promise<void> {
  await db.deleteFrom('interactionParticipants').where('interactionId', '=', interactionId).execute();
  if (participants.length === 0) return;
  await db
    .insertInto('interactionParticipants')
    .values(participants.map((p) => ({ interactionId, workspaceId, personId: p.personId, attendance: p.attendance })))
    .execute();
}

/** Sets one participant's attendance, adding them when they were not on the list. */
export async function upsertParticipant(
  db: Executor,
  workspaceId: string,
  interactionId: string,
  personId: string,
  attendance: Attendance,
): Promise<void> {
  await db
    .insertInto('interactionParticipants')
    .values({ interactionId, workspaceId, personId, attendance })
    .onConflict((oc) => oc.columns(['interactionId', 'personId']).doUpdateSet({ attendance }))
    .execute();
}

export async function removeParticipant(db: Executor, interactionId: string, personId: string): Promise<void> {
  await db.deleteFrom('interactionParticipants').where('interactionId', '=', interactionId).where('personId', '=', personId).execute();
}

/** Deletes an interaction; its links and participants go by cascade, its actions are kept without it. */
export async function deleteInteraction(db: Executor, workspaceId: string, id: string): Promise<void> {
  await db.deleteFrom('interactions').where('workspaceId', '=', workspaceId).where('id', '=', id).execute();
}
