import type { Kysely, Selectable } from 'kysely';
import type { Database, InitiativeTable } from '../../db/schema.ts';
import { applyKeyset, parseSort } from '../../db/keyset.ts';
import { startsWith } from '../../db/dialect.ts';
import { updateIfVersion } from '../../db/versioned-update.ts';
import { fold } from '../../lib/text.ts';
import { linkedIds, linkedTo, type LinkTable } from '../method/link-table.ts';
import type { Initiative, ListInitiativesQuery } from './initiative.schema.ts';

type Executor = Kysely<Database>;
export type InitiativeRow = Selectable<InitiativeTable>;

export const participants: LinkTable = {
  table: 'initiativeOrganisations',
  owner: 'initiativeId',
  other: 'organisationId',
  target: 'organisations',
};
export const initiativeThemes: LinkTable = { table: 'initiativeThemes', owner: 'initiativeId', other: 'themeId', target: 'themes' };

export const initiativeSortColumns = { title: 'sortTitle', createdAt: 'createdAt', updatedAt: 'updatedAt' } as const;

export function findInitiative(db: Executor, workspaceId: string, id: string) {
  return db.selectFrom('initiatives').selectAll().where('workspaceId', '=', workspaceId).where('id', '=', id).executeTakeFirst();
}

export function listInitiatives(db: Executor, workspaceId: string, query: ListInitiativesQuery) {
  const { field, descending } = parseSort(query.sort);
  let qb = db.selectFrom('initiatives').selectAll().where('workspaceId', '=', workspaceId);
  if (query.kind) qb = qb.where('kind', '=', query.kind);
  if (query.status) qb = qb.where('status', '=', query.status);
  if (query.themeId) qb = qb.where(linkedTo(initiativeThemes, 'initiatives.id', query.themeId));
  if (query.organisationId) {
    const organisationId = query.organisationId;
    qb = qb.where((eb) =>
      eb.or([eb('leadOrganisationId', '=', organisationId), linkedTo(participants, 'initiatives.id', organisationId)(eb)]),
    );
  }
  if (query.q) qb = qb.where(startsWith('initiatives.sortTitle', fold(query.q)));
  return applyKeyset(qb, {
    sortColumn: `initiatives.${initiativeSortColumns[field]}`,
    idColumn: 'initiatives.id',
    descending,
    cursor: query.cursor,
    limit: query.limit,
  }).execute();
}

/** Rows with their participants and themes, two queries for a whole page. */
export async function presentInitiatives(db: Executor, rows: InitiativeRow[]): Promise<Initiative[]> {
  const ids = rows.map((r) => r.id);
  const [organisations, themes] = [await linkedIds(db, participants, ids), await linkedIds(db, initiativeThemes, ids)];
  return rows.map(({ sortTitle: _sortTitle, ...row }) => ({
    ...row,
    kind: row.kind as Initiative['kind'],
    status: row.status as Initiative['status'],
    organisationIds: organisations.get(row.id) ?? [],
    themeIds: themes.get(row.id) ?? [],
  }));
}

export async function insertInitiative(db: Executor, row: InitiativeRow): Promise<void> {
  await db.insertInto('initiatives').values(row).execute();
}

/** Updates when the version still matches; returns whether the row changed. */
export const updateInitiative = (db: Executor, id: string, version: number, changes: Partial<InitiativeRow>) =>
  updateIfVersion(db, 'initiatives', id, version, changes);
