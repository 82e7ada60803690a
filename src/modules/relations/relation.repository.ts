import type { ExpressionBuilder, Kysely } from 'kysely';
import type { Database, RelationRow } from '../../db/schema.ts';
import { applyKeyset, keysetOptions, keysetValues, parseSort, storedRecordPage, type JsonRow, type KeysetValues } from '../../db/keyset.ts';
import type { ListRelationsQuery, Relation } from './relation.schema.ts';
import { updateIfVersion } from '../../db/versioned-update.ts';
import { reusableQuery } from '../../db/reusable-query.ts';
import type { Precondition } from '../../db/precondition.ts';
import { narrowestFilter, workspaceColumn, type MatchingIds } from '../../db/narrowing.ts';
import { builtRelationRecord, endName } from './relation-record.repository.ts';

type Executor = Kysely<Database>;
export type { RelationRow };

/** A relation's own columns, named so its stored record is not read with them. */
const relationFields = [
  'id',
  'workspaceId',
  'fromId',
  'fromType',
  'toId',
  'toType',
  'type',
  'directed',
  'strength',
  'since',
  'until',
  'note',
  'source',
  'version',
  'createdAt',
  'updatedAt',
] as const satisfies readonly (keyof RelationRow)[];
// Fails to compile when RelationRow gains a field the list above does not name.
const everyRelationField: Exclude<keyof RelationRow, (typeof relationFields)[number]> extends never ? true : never = true;
void everyRelationField;
const relationColumns = relationFields.map((field) => `relations.${field}` as const);

function selectRelations(db: Executor, workspaceId: string) {
  return db.selectFrom('relations').select(relationColumns).where('relations.workspaceId', '=', workspaceId);
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

export async function findRelation(
  db: Executor,
  workspaceId: string,
  id: string,
  precondition?: Precondition,
): Promise<NamedRow | undefined> {
  return (await namedRelation(db, null, { workspaceId, id }, precondition))[0];
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

/** Filters with an index of their own, through which a page may be read (src/db/narrowing.ts). */
type RelationNarrowing = 'type' | 'activeOn' | 'minStrength';

/** The ids of the relations that one filter matches, read through its index. */
function relationsMatching(db: Executor, filter: RelationNarrowing, values: RelationPageValues): MatchingIds {
  const inWorkspace = db.selectFrom('relations').select('relations.id').where('relations.workspaceId', '=', values.workspaceId);
  switch (filter) {
    case 'type':
      return inWorkspace.where('relations.type', '=', values.type!);
    case 'minStrength':
      return inWorkspace.where('relations.strength', '>=', values.minStrength!);
    case 'activeOn':
      // Only relations begun by then (or with no beginning) can be active; the page checks
      // their end. Two index ranges: neither database reads an OR with IS NULL as one.
      return inWorkspace.where('relations.since', 'is', null).unionAll(inWorkspace.where('relations.since', '<=', values.activeOn!));
  }
}

/**
 * The filters of a page that could be rare and that its sort order does not read in order.
 * A party's relations are read through the party's indexes, in their hundreds at most; the
 * type index holds each type in order of creation.
 */
function narrowingCandidates(sort: ListRelationsQuery['sort'], values: RelationPageValues): RelationNarrowing[] {
  if (values.partyId !== undefined || values.from !== undefined || values.to !== undefined) return [];
  const set = (['type', 'activeOn', 'minStrength'] as const).filter((filter) => values[filter] !== undefined);
  return set.length === 1 && set[0] === 'type' && parseSort(sort).field === 'createdAt' ? [] : set;
}

type RelationPageShape = Pick<ListRelationsQuery, 'sort' | 'limit'> & { narrowedBy?: RelationNarrowing };

/** A page of relations in its order, each as its record (JSON text) with its keyset position. */
const relationPage = reusableQuery(
  'relationPage',
  (db: Executor, { sort, limit, narrowedBy }: RelationPageShape, values: RelationPageValues) => {
    const { field, descending } = parseSort(sort);
    const byParty = values.partyId !== undefined || values.from !== undefined || values.to !== undefined;
    let qb = db
      .selectFrom('relations')
      .select(['relations.id', 'relations.recordJson', `relations.${field}`])
      // With a cursor, SQLite's planner preferred walking the workspace's (created_at, id) index
      // from the cursor over one party's own indexes, and could read most of the workspace: 400 ms
      // against 1.5 ms for a later page of the busiest person's 1,345 relations.
      .where(workspaceColumn(db, 'relations.workspaceId', byParty || narrowedBy !== undefined), '=', values.workspaceId);
    if (narrowedBy !== undefined) qb = qb.where('relations.id', 'in', relationsMatching(db, narrowedBy, values));
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
    return storedRecordPage(db, page, field, descending, (id) => builtRelationRecord(db, id));
  },
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

/**
 * A page of relations (one row more when there is a next page), each as its record (JSON text).
 * A rare filter's matches are read through its index (src/db/narrowing.ts).
 */
export async function listRelationsAsJson(
  db: Executor,
  workspaceId: string,
  query: ListRelationsQuery,
  precondition?: Precondition,
): Promise<JsonRow[]> {
  const values = relationPageValues(workspaceId, query);
  const candidates = narrowingCandidates(query.sort, values);
  const narrowedBy = await narrowestFilter(db, candidates, (filter) => relationsMatching(db, filter, values), { precondition });
  return relationPage(db, { sort: query.sort, limit: query.limit, narrowedBy }, values, precondition);
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
