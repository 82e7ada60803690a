import type { Kysely, Selectable } from 'kysely';
import type { Database, ThemeTable } from '../../db/schema.ts';
import { applyKeyset, parseSort } from '../../db/keyset.ts';
import { startsWith } from '../../db/dialect.ts';
import { fold } from '../../lib/text.ts';
import type { Cursor } from '../../http/pagination.ts';
import type { ListThemesQuery, Theme } from './theme.schema.ts';
import { updateIfVersion } from '../../db/versioned-update.ts';

type Executor = Kysely<Database>;
type Row = Selectable<ThemeTable>;

/** Every field a theme exposes; sortTitle stays inside. */
export function presentTheme(row: Row, organisationIds: string[]): Theme {
  return {
    id: row.id,
    workspaceId: row.workspaceId,
    title: row.title,
    kind: row.kind as Theme['kind'],
    status: row.status as Theme['status'],
    description: row.description,
    horizon: row.horizon,
    ownerId: row.ownerId,
    organisationIds,
    version: row.version,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

const sortColumns = { title: 'sortTitle', createdAt: 'createdAt', updatedAt: 'updatedAt' } as const;

/** The sort value of a row for the cursor. */
export function themeCursor(row: Row, sort: ListThemesQuery['sort']): Cursor {
  return { value: String(row[sortColumns[parseSort(sort).field]]), id: row.id };
}

export function findTheme(db: Executor, workspaceId: string, id: string) {
  return db.selectFrom('themes').selectAll().where('workspaceId', '=', workspaceId).where('id', '=', id).executeTakeFirst();
}

export function listThemes(db: Executor, workspaceId: string, query: ListThemesQuery) {
  const { field, descending } = parseSort(query.sort);
  let qb = db.selectFrom('themes').selectAll().where('workspaceId', '=', workspaceId);
  if (query.kind) qb = qb.where('kind', '=', query.kind);
  if (query.status) qb = qb.where('status', '=', query.status);
  if (query.organisationId) {
    const organisationId = query.organisationId;
    qb = qb.where('id', 'in', (eb) =>
      eb
        .selectFrom('themeOrganisations')
        .select('themeId')
        .where('workspaceId', '=', workspaceId)
        .where('organisationId', '=', organisationId),
    );
  }
  if (query.q) qb = qb.where(startsWith('themes.sortTitle', fold(query.q)));
  return applyKeyset(qb, {
    sortColumn: `themes.${sortColumns[field]}`,
    idColumn: 'themes.id',
    descending,
    cursor: query.cursor,
    limit: query.limit,
  }).execute();
}

/** The linked organisation ids of each theme, ordered by organisation name, in one query. */
export async function organisationIdsOf(db: Executor, themeIds: string[]): Promise<Map<string, string[]>> {
  const byTheme = new Map<string, string[]>(themeIds.map((id) => [id, []]));
  if (themeIds.length === 0) return byTheme;
  const links = await db
    .selectFrom('themeOrganisations')
    .innerJoin('organisations', 'organisations.id', 'themeOrganisations.organisationId')
    .select(['themeOrganisations.themeId', 'themeOrganisations.organisationId'])
    .where('themeOrganisations.themeId', 'in', themeIds)
    .orderBy('organisations.sortName')
    .orderBy('organisations.id')
    .execute();
  for (const link of links) byTheme.get(link.themeId)?.push(link.organisationId);
  return byTheme;
}

/** Rows with their organisation ids, for a page or a single theme. */
export async function presentThemes(db: Executor, rows: Row[]): Promise<Theme[]> {
  const byTheme = await organisationIdsOf(
    db,
    rows.map((r) => r.id),
  );
  return rows.map((row) => presentTheme(row, byTheme.get(row.id) ?? []));
}

/** Is there a person with this id in the workspace? */
export async function personExists(db: Executor, workspaceId: string, id: string): Promise<boolean> {
  const row = await db.selectFrom('people').select('id').where('workspaceId', '=', workspaceId).where('id', '=', id).executeTakeFirst();
  return row !== undefined;
}

export async function insertTheme(db: Executor, row: Row): Promise<void> {
  await db.insertInto('themes').values(row).execute();
}

/** Updates when the version still matches; returns whether the row changed. */
export const updateTheme = (db: Executor, id: string, version: number, changes: Partial<Row>) =>
  updateIfVersion(db, 'themes', id, version, changes);

/** Replaces the organisations linked to a theme. */
export async function replaceThemeOrganisations(
  db: Executor,
  workspaceId: string,
  themeId: string,
  organisationIds: string[],
): Promise<void> {
  await db.deleteFrom('themeOrganisations').where('themeId', '=', themeId).execute();
  if (organisationIds.length === 0) return;
  await db
    .insertInto('themeOrganisations')
    .values(organisationIds.map((organisationId) => ({ themeId, organisationId, workspaceId })))
    .execute();
}

/** Deletes a theme; its organisation links go by cascade. */
export async function deleteTheme(db: Executor, workspaceId: string, id: string): Promise<void> {
  await db.deleteFrom('themes').where('workspaceId', '=', workspaceId).where('id', '=', id).execute();
}
