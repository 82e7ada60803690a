import type { ExpressionBuilder, Kysely, Selectable, SelectQueryBuilder } from 'kysely';
import type { Database, RelationTable } from '../../db/schema.ts';
import { applyKeyset, keysetOptions, keysetValues, parseSort, type JsonRow, type KeysetValues } from '../../db/keyset.ts';
import { jsonRecord } from '../../db/json-record.ts';
import type { Cursor } from '../../http/pagination.ts';
import type { ListRelationsQuery, Relation } from './relation.schema.ts';
import { updateIfVersion } from '../../db/versioned-update.ts';
import { reusableQuery } from '../../db/reusable-query.ts';

type Executor = Kysely<Database>;
export type RelationRow = Selectable<RelationTable>;

function selectRelations(db: Executor, workspaceId: string) {
  return db.selectFrom('relations').selectAll('relations').where('relations.workspaceId', '=', workspaceId);
}

/**
 * The name of one end: a lookup by primary key in the table its type names, in the same
 * query (PostgreSQL plans outer joins to both tables slower than it runs them).
 */
function endName(
  eb: ExpressionBuilder<Database, 'relations'>,
  id: 'relations.fromId' | 'relations.toId',
  type: 'relations.fromType' | 'relations.toType',
) {
  return eb
    .case()
    .when(type, '=', 'person')
    .then(eb.selectFrom('people').select('people.name').whereRef('people.id', '=', id))
    .else(eb.selectFrom('organisations').select('organisations.name').whereRef('organisations.id', '=', id))
    .end();
}

function nameColumns(eb: ExpressionBuilder<Database, 'relations'>) {
  return [
    endName(eb, 'relations.fromId', 'relations.fromType').as('fromName'),
    endName(eb, 'relations.toId', 'relations.toType').as('toName'),
  ];
}

type NamedRow = RelationRow & { fromName: string | null; toName: string | null };

export function presentRelation(row: NamedRow): Relation {
  return {
    id: row.id,
    workspaceId: row.workspaceId,
    from: row.fromId,
    fromType: row.fromType,
    fromName: row.fromName ?? '',
    to: row.toId,
    toType: row.toType,
    toName: row.toName ?? '',
    type: row.type,
    directed: row.directed === 1,
    strength: row.strength,
    since: row.since,
    until: row.until,
    note: row.note,
    source: row.source,
    version: row.version,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

const namedRelation = reusableQuery('namedRelation', (db: Executor, _shape: null, values: { workspaceId: string; id: string }) =>
  selectRelations(db, values.workspaceId).select(nameColumns).where('relations.id', '=', values.id),
);

export async function findRelation(db: Executor, workspaceId: string, id: string): Promise<NamedRow | undefined> {
  return (await namedRelation(db, null, { workspaceId, id }))[0];
}

export function relationCursor(row: RelationRow, sort: ListRelationsQuery['sort']): Cursor {
  return { value: String(row[parseSort(sort).field]), id: row.id };
}

/** The values of a page of relations; undefined filters are not set. */
interface RelationPageValues extends KeysetValues {
  workspaceId: string;
  partyId?: string;
  from?: string;
  to?: string;
  type?: string;
  minStrength?: number;
  activeOn?: string;
}

type RelationPageShape = Pick<ListRelationsQuery, 'sort' | 'limit'>;
type RelationSortColumn = 'relations.createdAt' | 'relations.updatedAt';

/**
 * The relations of one page in the `relations` scope, in its order: the page is cut in a
 * subquery first, so the names (and JSON) are looked up for the page only. `read` selects
 * the columns.
 */
function relationPageQuery<O>(
  db: Executor,
  { sort, limit }: RelationPageShape,
  values: RelationPageValues,
  read: (
    relations: SelectQueryBuilder<Database, 'relations', object>,
    sortColumn: RelationSortColumn,
  ) => SelectQueryBuilder<Database, 'relations', O>,
) {
  const { field, descending } = parseSort(sort);
  let qb = selectRelations(db, values.workspaceId);
  if (values.partyId !== undefined) {
    const partyId = values.partyId;
    qb = qb.where((eb) => eb.or([eb('relations.fromId', '=', partyId), eb('relations.toId', '=', partyId)]));
  }
  if (values.from !== undefined) qb = qb.where('relations.fromId', '=', values.from);
  if (values.to !== undefined) qb = qb.where('relations.toId', '=', values.to);
  if (values.type !== undefined) qb = qb.where('relations.type', '=', values.type);
  if (values.minStrength !== undefined) qb = qb.where('relations.strength', '>=', values.minStrength);
  if (values.activeOn !== undefined) {
    const day = values.activeOn;
    qb = qb
      .where((eb) => eb.or([eb('relations.since', 'is', null), eb('relations.since', '<=', day)]))
      .where((eb) => eb.or([eb('relations.until', 'is', null), eb('relations.until', '>=', day)]));
  }
  const page = applyKeyset(qb, {
    sortColumn: `relations.${field}`,
    idColumn: 'relations.id',
    descending,
    ...keysetOptions(values, limit),
  });
  const direction = descending ? 'desc' : 'asc';
  const sortColumn: RelationSortColumn = `relations.${field}`;
  return read(db.selectFrom(page.as('relations')), sortColumn)
    .orderBy(sortColumn, direction)
    .orderBy('relations.id', direction);
}

const relationPage = reusableQuery('relationPage', (db: Executor, shape: RelationPageShape, values: RelationPageValues) =>
  relationPageQuery(db, shape, values, (relations) => relations.selectAll('relations').select(nameColumns)),
);

/** A relation as the API shows it, written by SQLite (see presentRelation, which writes the same). */
function relationJson(eb: ExpressionBuilder<Database, 'relations'>) {
  return jsonRecord('sqlite', {
    id: eb.ref('relations.id'),
    workspaceId: eb.ref('relations.workspaceId'),
    from: eb.ref('relations.fromId'),
    fromType: eb.ref('relations.fromType'),
    fromName: eb.fn.coalesce(endName(eb, 'relations.fromId', 'relations.fromType'), eb.val('')),
    to: eb.ref('relations.toId'),
    toType: eb.ref('relations.toType'),
    toName: eb.fn.coalesce(endName(eb, 'relations.toId', 'relations.toType'), eb.val('')),
    type: eb.ref('relations.type'),
    directed: { boolean: eb.ref('relations.directed') },
    strength: eb.ref('relations.strength'),
    since: eb.ref('relations.since'),
    until: eb.ref('relations.until'),
    note: eb.ref('relations.note'),
    source: eb.ref('relations.source'),
    version: eb.ref('relations.version'),
    createdAt: eb.ref('relations.createdAt'),
    updatedAt: eb.ref('relations.updatedAt'),
  });
}

const relationPageJson = reusableQuery('relationPageJson', (db: Executor, shape: RelationPageShape, values: RelationPageValues) =>
  relationPageQuery(db, shape, values, (relations, sortColumn) =>
    relations.select((eb) => [relationJson(eb).as('json'), eb.ref(sortColumn).as('cursorValue'), 'relations.id']),
  ),
);

/** The values of a page of relations from the list query. */
function relationPageValues(workspaceId: string, query: ListRelationsQuery): RelationPageValues {
  return {
    workspaceId,
    partyId: query.partyId,
    from: query.from,
    to: query.to,
    type: query.type,
    minStrength: query.minStrength,
    activeOn: query.activeOn,
    ...keysetValues(query),
  };
}

/** A page of relations (one row more when there is a next page) with the names of both ends. */
export function listRelations(db: Executor, workspaceId: string, query: ListRelationsQuery): Promise<NamedRow[]> {
  return relationPage(db, { sort: query.sort, limit: query.limit }, relationPageValues(workspaceId, query));
}

/** `listRelations` with each relation written as JSON by SQLite (`writesRelationPagesAsJson`). */
export function listRelationsAsJson(db: Executor, workspaceId: string, query: ListRelationsQuery): Promise<JsonRow[]> {
  return relationPageJson(db, { sort: query.sort, limit: query.limit }, relationPageValues(workspaceId, query));
}

/** The kind of each given id that is a person or organisation of the workspace. */
export async function partyTypesOf(db: Executor, workspaceId: string, ids: string[]): Promise<Map<string, 'person' | 'organisation'>> {
  const [people, organisations] = await Promise.all([
    db.selectFrom('people').select('id').where('workspaceId', '=', workspaceId).where('id', 'in', ids).execute(),
    db.selectFrom('organisations').select('id').where('workspaceId', '=', workspaceId).where('id', 'in', ids).execute(),
  ]);
  return new Map([...people.map((p) => [p.id, 'person'] as const), ...organisations.map((o) => [o.id, 'organisation'] as const)]);
}

export async function insertRelation(db: Executor, row: RelationRow): Promise<void> {
  await db.insertInto('relations').values(row).execute();
}

/** Updates when the version still matches; returns whether the row changed. */
export const updateRelationRow = (db: Executor, id: string, version: number, changes: Partial<RelationRow>) =>
  updateIfVersion(db, 'relations', id, version, changes);

export async function deleteRelationRow(db: Executor, id: string): Promise<void> {
  await db.deleteFrom('notes').where('subjectId', '=', id).execute();
  await db.deleteFrom('relations').where('id', '=', id).execute();
}

export function listCustomRelationTypes(db: Executor, workspaceId: string) {
  return db
    .selectFrom('relationTypes')
    .select(['key', 'label', 'directed'])
    .where('workspaceId', '=', workspaceId)
    .orderBy('key')
    .execute();
}

export function findCustomRelationType(db: Executor, workspaceId: string, key: string) {
  return db
    .selectFrom('relationTypes')
    .select(['key', 'directed'])
    .where('workspaceId', '=', workspaceId)
    .where('key', '=', key)
    .executeTakeFirst();
}

export async function insertRelationType(
  db: Executor,
  row: { workspaceId: string; key: string; label: string; directed: number; createdAt: string },
) {
  await db.insertInto('relationTypes').values(row).execute();
}
