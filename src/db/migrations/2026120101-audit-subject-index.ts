// The audit events on one record, for a person's data report
// (src/modules/personal-data/personal-data.repository.ts): without this index, listing a
// person's history reads every event of the workspace.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.createIndex('audit_events_subject_idx').on('audit_events').columns(['workspace_id', 'subject_id', 'id']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('audit_events_subject_idx').execute();
}
