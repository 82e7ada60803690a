import type { Kysely, Selectable } from 'kysely';
import type { Database, GroupTable } from '../../db/schema.ts';
import { applyKeyset, parseSort } from '../../db/keyset.ts';
import { startsWith } from '../../db/dialect.ts';
import { updateIfVersion } from '../../db/versioned-update.ts';
import { todayIso } from '../../lib/clock.ts';
import { fold } from '../../lib/text.ts';
import { linkedIds, linkedTo, type LinkTable } from '../method/link-table.ts';
import type { Group, GroupMember, GroupMemberInput, ListGroupsQuery } from './group.schema.ts';

type Executor = Kysely<Database>;
export type GroupRow = Selectable<GroupTable>;

export const groupThemes: LinkTable = { table: 'groupThemes', owner: 'groupId', other: 'themeId', target: 'themes' };
const groupMembers = { table: 'groupMembers', owner: 'groupId', other: 'personId' } as const;

export const groupSortColumns = { name: 'sortName', createdAt: 'createdAt', updatedAt: 'updatedAt' } as const;

export function findGroup(db: Executor, workspaceId: string, id: string) {
  return db.selectFrom('groups').selectAll().where('workspaceId', '=', workspaceId).where('id', '=', id).executeTakeFirst();
}

export function listGroups(db: Executor, workspaceId: string, query: ListGroupsQuery) {
  const { field, descending } = parseSort(query.sort);
  let qb = db.selectFrom('groups').selectAll().where('workspaceId', '=', workspaceId);
  if (query.kind) qb = qb.where('kind', '=', query.kind);
  if (query.themeId) qb = qb.where(linkedTo(groupThemes, 'groups.id', query.themeId));
  if (query.personId) qb = qb.where(linkedTo(groupMembers, 'groups.id', query.personId));
  if (query.q) qb = qb.where(startsWith('groups.sortName', fold(query.q)));
  return applyKeyset(qb, {
    sortColumn: `groups.${groupSortColumns[field]}`,
    idColumn: 'groups.id',
    descending,
    cursor: query.cursor,
    limit: query.limit,
  }).execute();
}

/** The members of each group with their names, in the order they were sent. */
async function membersOf(db: Executor, groupIds: string[]): Promise<Map<string, GroupMember[]>> {
  const byGroup = new Map<string, GroupMember[]>(groupIds.map((id) => [id, []]));
  if (groupIds.length === 0) return byGroup;
  const rows = await db
    .selectFrom('groupMembers')
    .innerJoin('people', 'people.id', 'groupMembers.personId')
    .select([
      'groupMembers.groupId',
      'groupMembers.personId',
      'people.name',
      'groupMembers.role',
      'groupMembers.since',
      'groupMembers.until',
    ])
    .where('groupMembers.groupId', 'in', groupIds)
    .orderBy('groupMembers.position')
    .execute();
  for (const r of rows) {
    byGroup
      .get(r.groupId)
      ?.push({ personId: r.personId, personName: r.name, role: r.role as GroupMember['role'], since: r.since, until: r.until });
  }
  return byGroup;
}

/** The organisations each group's members currently work for, from their affiliations, by name. */
async function organisationsOf(db: Executor, groupIds: string[]): Promise<Map<string, Group['organisations']>> {
  const byGroup = new Map<string, Group['organisations']>(groupIds.map((id) => [id, []]));
  if (groupIds.length === 0) return byGroup;
  const today = todayIso();
  const rows = await db
    .selectFrom('groupMembers')
    .innerJoin('affiliations', 'affiliations.personId', 'groupMembers.personId')
    .innerJoin('organisations', 'organisations.id', 'affiliations.organisationId')
    .select(['groupMembers.groupId', 'organisations.id', 'organisations.name', 'organisations.sortName'])
    .distinct()
    .where('groupMembers.groupId', 'in', groupIds)
    .where((eb) => eb.or([eb('affiliations.until', 'is', null), eb('affiliations.until', '>=', today)]))
    .orderBy('organisations.sortName')
    .orderBy('organisations.id')
    .execute();
  for (const r of rows) byGroup.get(r.groupId)?.push({ id: r.id, name: r.name });
  return byGroup;
}

/** Rows with themes, members and their organisations: three queries for a whole page. */
export async function presentGroups(db: Executor, rows: GroupRow[]): Promise<Group[]> {
  const ids = rows.map((r) => r.id);
  const [themes, members, organisations] = [
    await linkedIds(db, groupThemes, ids),
    await membersOf(db, ids),
    await organisationsOf(db, ids),
  ];
  return rows.map(({ sortName: _sortName, ...row }) => ({
    ...row,
    kind: row.kind as Group['kind'],
    themeIds: themes.get(row.id) ?? [],
    members: members.get(row.id) ?? [],
    organisations: organisations.get(row.id) ?? [],
  }));
}

export async function insertGroup(db: Executor, row: GroupRow): Promise<void> {
  await db.insertInto('groups').values(row).execute();
}

/** Updates when the version still matches; returns whether the row changed. */
export const updateGroup = (db: Executor, id: string, version: number, changes: Partial<GroupRow>) =>
  updateIfVersion(db, 'groups', id, version, changes);

/** Replaces the members of a group, keeping the order sent. */
export async function replaceMembers(db: Executor, workspaceId: string, groupId: string, members: GroupMemberInput[]): Promise<void> {
  await db.deleteFrom('groupMembers').where('groupId', '=', groupId).execute();
  if (members.length === 0) return;
  await db
    .insertInto('groupMembers')
    .values(
      members.map((m, position) => ({
        groupId,
        personId: m.personId,
        workspaceId,
        role: m.role ?? 'member',
        since: m.since ?? null,
        until: m.until ?? null,
        position,
      })),
    )
    .execute();
}
