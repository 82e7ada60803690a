import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { bumpNetworkVersion } from '../analytics/network-version.repository.ts';
import { deleteSearchDocuments } from '../search/search-document.repository.ts';
import { deleteNotesOn } from '../notes/note.repository.ts';
import { assessmentIdsOfOrganisations } from '../maturity/assessment.repository.ts';
import { chunks } from '../../lib/chunks.ts';

type Executor = Kysely<Database>;

/**
 * Removes what hangs on parties (people or organisations) that are about to be deleted:
 * their relations (and the notes on those), their own notes, their search documents and
 * their stakeholder assessments and engagement plans (which name a party without a key), and
 * the notes on their maturity assessments. Affiliations, tags, theme links, memberships of
 * groups and maturity assessments go by cascading foreign keys; mandates, initiatives and
 * knowledge items keep their record without the reference. Runs in the caller's
 * transaction so nothing dangles if the delete fails. Marks the network as changed.
 */
export async function detachParties(db: Executor, workspaceId: string, partyIds: string[]): Promise<void> {
  if (partyIds.length === 0) return;
  await bumpNetworkVersion(db, workspaceId);
  const relationIds = (
    await db
      .selectFrom('relations')
      .select('id')
      .where('workspaceId', '=', workspaceId)
      .where((eb) => eb.or([eb('fromId', 'in', partyIds), eb('toId', 'in', partyIds)]))
      .execute()
  ).map((r) => r.id);
  for (const chunk of chunks(relationIds, 500)) {
    await db.deleteFrom('notes').where('subjectId', 'in', chunk).execute();
    await db.deleteFrom('relations').where('id', 'in', chunk).execute();
  }
  await db.deleteFrom('notes').where('workspaceId', '=', workspaceId).where('subjectId', 'in', partyIds).execute();
  // An organisation's maturity assessments go by cascade; the notes on them go here.
  for (const chunk of chunks(partyIds, 500)) {
    await deleteNotesOn(db, workspaceId, 'assessment', await assessmentIdsOfOrganisations(db, workspaceId, chunk));
  }
  await deleteSearchDocuments(db, partyIds);
  for (const chunk of chunks(partyIds, 500)) {
    await db.deleteFrom('stakeholderAssessments').where('partyId', 'in', chunk).execute();
    await db.deleteFrom('engagementPlans').where('partyId', 'in', chunk).execute();
  }
}
