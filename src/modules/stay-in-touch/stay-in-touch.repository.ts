import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { chunks } from '../../lib/chunks.ts';

type Executor = Kysely<Database>;

/**
 * People with high power (at least `minPower`) in their latest assessment on an active
 * theme, one row per person and theme, with the interest of that assessment.
 */
export function keyFigureAssessments(db: Executor, workspaceId: string, minPower: number) {
  return db
    .selectFrom('stakeholderAssessments as a')
    .innerJoin('themes', 'themes.id', 'a.themeId')
    .select(['a.partyId', 'a.themeId', 'a.interest'])
    .where('a.workspaceId', '=', workspaceId)
    .where('a.partyType', '=', 'person')
    .where('themes.status', '=', 'active')
    .where('a.power', '>=', minPower)
    .where('a.assessedOn', '=', (eb) =>
      eb
        .selectFrom('stakeholderAssessments as b')
        .select((b) => b.fn.max('b.assessedOn').as('latest'))
        .whereRef('b.themeId', '=', 'a.themeId')
        .whereRef('b.partyId', '=', 'a.partyId'),
    )
    .execute();
}

/** Name and last-contact date of people by id. */
export async function contactsOf(
  db: Executor,
  ids: string[],
): Promise<Map<string, { name: string; sortName: string; lastContactOn: string | null }>> {
  const byId = new Map<string, { name: string; sortName: string; lastContactOn: string | null }>();
  for (const chunk of chunks(ids, 500)) {
    const rows = await db.selectFrom('people').select(['id', 'name', 'sortName', 'lastContactOn']).where('id', 'in', chunk).execute();
    for (const row of rows) byId.set(row.id, row);
  }
  return byId;
}
