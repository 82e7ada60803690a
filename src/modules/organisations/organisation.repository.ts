import type { Kysely, Selectable } from 'kysely';
import { runAfter, type Precondition } from '../../db/precondition.ts';
import type { Database, OrganisationTable } from '../../db/schema.ts';
import { applyKeyset, parseSort } from '../../db/keyset.ts';
import { startsWith } from '../../db/dialect.ts';
import { fold } from '../../lib/text.ts';
import type { Cursor } from '../../http/pagination.ts';
import type { Organisation, ListOrganisationsQuery } from './organisation.schema.ts';
import { updateIfVersion } from '../../db/versioned-update.ts';

type Executor = Kysely<Database>;
type Row = Selectable<OrganisationTable>;

/** Every field an organisation exposes; sortName stays inside. */
export function presentOrganisation(row: Row): Organisation {
  return {
    id: row.id,
    workspaceId: row.workspaceId,
    name: row.name,
    kind: row.kind as Organisation['kind'],
    code: row.code,
    parentId: row.parentId,
    description: row.description,
    website: row.website,
    version: row.version,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

const sortColumns = { name: 'sortName', createdAt: 'createdAt', updatedAt: 'updatedAt' } as const;

/** The sort value of a row for the cursor. */
export function organisationCursor(row: Row, sort: ListOrganisationsQuery['sort']): Cursor {
  return { value: String(row[sortColumns[parseSort(sort).field]]), id: row.id };
}

export async function findOrganisation(db: Executor, workspaceId: string, id: string, precondition?: Precondition) {
  const query = db.selectFrom('organisations').selectAll().where('workspaceId', '=', workspaceId).where('id', '=', id);
  return (await runAfter(db, query, precondition))[0];
}

export function listOrganisations(db: Executor, workspaceId: string, query: ListOrganisationsQuery, precondition?: Precondition) {
  const { field, descending } = parseSort(query.sort);
  let qb = db.selectFrom('organisations').selectAll().where('workspaceId', '=', workspaceId);
  if (query.kind) qb = qb.where('kind', '=', query.kind);
  if (query.parentId) qb = qb.where('parentId', '=', query.parentId);
  if (query.topLevel === 'true') qb = qb.where('parentId', 'is', null);
  if (query.topLevel === 'false') qb = qb.where('parentId', 'is not', null);
  if (query.q) qb = qb.where(startsWith('organisations.sortName', fold(query.q)));
  const page = applyKeyset(qb, {
    sortColumn: `organisations.${sortColumns[field]}`,
    idColumn: 'organisations.id',
    descending,
    cursor: query.cursor,
    limit: query.limit,
  });
  return runAfter(db, page, precondition);
}

/** Every descendant of an organisation (units, their units, …), walking down level by level. */
export async function listDescendants(db: Executor, workspaceId: string, rootId: string): Promise<Row[]> {
  const found: Row[] = [];
  let frontier = [rootId];
  const seen = new Set(frontier);
  while (frontier.length > 0) {
    const children = await db
      .selectFrom('organisations')
      .selectAll()
      .where('workspaceId', '=', workspaceId)
      .where('parentId', 'in', frontier)
      .orderBy('sortName')
      .execute();
    const fresh = children.filter((c) => !seen.has(c.id));
    for (const child of fresh) seen.add(child.id);
    found.push(...fresh);
    frontier = fresh.map((c) => c.id);
  }
  return found;
}

export function findOrganisationByCode(db: Executor, workspaceId: string, code: string) {
  return db.selectFrom('organisations').select('id').where('workspaceId', '=', workspaceId).where('code', '=', code).executeTakeFirst();
}

export async function insertOrganisation(db: Executor, row: Row): Promise<void> {
  await db.insertInto('organisations').values(row).execute();
}

/** Updates when the version still matches; returns whether the row changed. */
export const updateOrganisation = (db: Executor, id: string, version: number, changes: Partial<Row>) =>
  updateIfVersion(db, 'organisations', id, version, changes);

export async function deleteOrganisations(db: Executor, ids: string[]): Promise<void> {
  if (ids.length > 0) await db.deleteFrom('organisations').where('id', 'in', ids).execute();
}

/** Which of the given ids are organisations of the workspace. */
export async function existingOrganisationIds(db: Executor, workspaceId: string, ids: string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db.selectFrom('organisations').select('id').where('workspaceId', '=', workspaceId).where('id', 'in', ids).execute();
  return new Set(rows.map((r) => r.id));
}
