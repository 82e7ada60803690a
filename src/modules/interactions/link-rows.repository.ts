/* eslint-disable @typescript-eslint/no-explicit-any -- Kysely cannot type an insert into a table chosen at run time. */
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';

/** Link tables of steps 4 and 5: the owning record's column, then the linked record's. */
const linkColumns = {
  interactionOrganisations: ['interactionId', 'organisationId'],
  interactionThemes: ['interactionId', 'themeId'],
  decisionInteractions: ['decisionId', 'interactionId'],
  decisionInitiatives: ['decisionId', 'initiativeId'],
} as const;

export type LinkTable = keyof typeof linkColumns;

/** Replaces the records linked to `ownerId` in a link table by `ids`, in the caller's transaction. */
export async function replaceLinkRows(
  db: Kysely<Database>,
  table: LinkTable,
  workspaceId: string,
  ownerId: string,
  ids: string[],
): Promise<void> {
  const [ownerColumn, linkedColumn] = linkColumns[table];
  const any = db as Kysely<any>;
  await any.deleteFrom(table).where(ownerColumn, '=', ownerId).execute();
  if (ids.length === 0) return;
  await any
    .insertInto(table)
    .values(ids.map((id) => ({ [ownerColumn]: ownerId, [linkedColumn]: id, workspaceId })))
    .execute();
}
