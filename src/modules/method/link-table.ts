/* eslint-disable @typescript-eslint/no-explicit-any -- Kysely cannot type queries over a link table chosen at run time. */
import type { Expression, Kysely, SqlBool } from 'kysely';
import type { Database } from '../../db/schema.ts';

type Executor = Kysely<Database>;

/** A many-to-many link from a record (the owner) to organisations or themes. */
export interface LinkTable {
  table: keyof Database;
  owner: string;
  other: string;
  target: 'organisations' | 'themes';
}

const sortColumn = { organisations: 'sortName', themes: 'sortTitle' } as const;

/** The linked ids of each owner, ordered by the linked record's name, in one query. */
export async function linkedIds(db: Executor, link: LinkTable, ownerIds: string[]): Promise<Map<string, string[]>> {
  const byOwner = new Map<string, string[]>(ownerIds.map((id) => [id, []]));
  if (ownerIds.length === 0) return byOwner;
  const rows: { ownerId: string; otherId: string }[] = await (db as Kysely<any>)
    .selectFrom(`${link.table} as l`)
    .innerJoin(`${link.target} as t`, 't.id', `l.${link.other}`)
    .select([`l.${link.owner} as ownerId`, `l.${link.other} as otherId`])
    .where(`l.${link.owner}`, 'in', ownerIds)
    .orderBy(`t.${sortColumn[link.target]}`)
    .orderBy('t.id')
    .execute();
  for (const row of rows) byOwner.get(row.ownerId)?.push(row.otherId);
  return byOwner;
}

/** Replaces the links of one owner. */
export async function replaceLinks(db: Executor, link: LinkTable, workspaceId: string, ownerId: string, ids: string[]): Promise<void> {
  const d = db as Kysely<any>;
  await d.deleteFrom(link.table).where(link.owner, '=', ownerId).execute();
  if (ids.length === 0) return;
  await d
    .insertInto(link.table)
    .values(ids.map((id) => ({ [link.owner]: ownerId, [link.other]: id, workspaceId })))
    .execute();
}

/** A filter for a list query: the owner's id column is among the owners linked to `otherId`. */
export function linkedTo(link: Pick<LinkTable, 'table' | 'owner' | 'other'>, idColumn: string, otherId: string) {
  return (eb: any): Expression<SqlBool> => eb(idColumn, 'in', eb.selectFrom(link.table).select(link.owner).where(link.other, '=', otherId));
}
