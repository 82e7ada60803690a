import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { nowIso } from '../../lib/clock.ts';
import { chunks } from '../../lib/chunks.ts';
import { storePersonRecords } from '../people/person-lists.repository.ts';

type Executor = Kysely<Database>;

/** The latest date of an interaction each person attended. */
async function latestAttended(db: Executor, personIds: string[]): Promise<Map<string, string>> {
  const latest = new Map<string, string>();
  for (const chunk of chunks(personIds, 500)) {
    const rows = await db
      .selectFrom('interactionParticipants')
      .innerJoin('interactions', 'interactions.id', 'interactionParticipants.interactionId')
      .select(['interactionParticipants.personId', (eb) => eb.fn.max('interactions.date').as('latest')])
      .where('interactionParticipants.personId', 'in', chunk)
      .where('interactionParticipants.attendance', '=', 'attended')
      .groupBy('interactionParticipants.personId')
      .execute();
    for (const row of rows) latest.set(row.personId, String(row.latest));
  }
  return latest;
}

const later = (a: string | null, b: string | null | undefined): string | null => (!b ? a : !a || b > a ? b : a);

/**
 * Brings people's last-contact date in step with their attended interactions, in the
 * caller's transaction. `withdrawn` holds, per person, the date of an attended interaction
 * that was just removed, moved or marked otherwise: when the stored date came from it, it is
 * recomputed from what remains; otherwise the stored date (perhaps entered by hand) only
 * moves forward. A changed person gets a new version, so their ETag changes too.
 */
export async function syncLastContact(db: Executor, personIds: string[], withdrawn: Map<string, string>): Promise<void> {
  const ids = [...new Set(personIds)];
  if (ids.length === 0) return;
  const latest = await latestAttended(db, ids);
  // People moving to the same date change in one statement: a session's attendees usually all do.
  const byNewDate = new Map<string | null, string[]>();
  for (const chunk of chunks(ids, 500)) {
    const people = await db.selectFrom('people').select(['id', 'lastContactOn']).where('id', 'in', chunk).execute();
    for (const person of people) {
      const removed = withdrawn.get(person.id);
      const base = removed !== undefined && person.lastContactOn !== null && person.lastContactOn <= removed ? null : person.lastContactOn;
      const next = later(base, latest.get(person.id));
      if (next === person.lastContactOn) continue;
      const group = byNewDate.get(next);
      if (group) group.push(person.id);
      else byNewDate.set(next, [person.id]);
    }
  }
  const now = nowIso();
  for (const [next, changed] of byNewDate) {
    for (const chunk of chunks(changed, 500)) {
      await db
        .updateTable('people')
        .set((eb) => ({ lastContactOn: next, version: eb('version', '+', 1), updatedAt: now }))
        .where('id', 'in', chunk)
        .execute();
      await storePersonRecords(db, chunk);
    }
  }
}
