// Steps 4 and 5 of the method: interactions with their participants and follow-up actions,
// contact cadences, stakeholder assessments, engagement plans and decisions. Parties
// (person or organisation) have no foreign key; the party clean-up removes their rows.
import { sql, type Kysely } from 'kysely';
import { columnTypes, dialectOf } from '../dialect.ts';

type Types = ReturnType<typeof columnTypes>;

/** A table with id, workspace and the version columns every mutable record has; the caller adds the rest. */
function versionedTable(db: Kysely<unknown>, t: Types, name: string) {
  return db.schema
    .createTable(name)
    .addColumn('id', t.uuid, (c) => c.primaryKey())
    .addColumn('workspace_id', t.uuid, (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addColumn('updated_at', t.timestamp, (c) => c.notNull());
}

/** A link table between a record and another, cascading from both. */
async function linkTable(db: Kysely<unknown>, t: Types, name: string, from: [string, string], to: [string, string]) {
  await db.schema
    .createTable(name)
    .addColumn(from[0], t.uuid, (c) => c.notNull().references(from[1]).onDelete('cascade'))
    .addColumn(to[0], t.uuid, (c) => c.notNull().references(to[1]).onDelete('cascade'))
    .addColumn('workspace_id', t.uuid, (c) => c.notNull())
    .addPrimaryKeyConstraint(`${name}_pk`, [from[0], to[0]])
    .execute();
  await db.schema.createIndex(`${name}_to_idx`).on(name).columns([to[0], from[0]]).execute();
}

export async function up(db: Kysely<unknown>): Promise<void> {
  const t = columnTypes(dialectOf(db));

  await versionedTable(db, t, 'interactions')
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('date', t.date, (c) => c.notNull())
    .addColumn('start_time', 'text')
    .addColumn('duration_minutes', 'integer')
    .addColumn('group_id', t.uuid, (c) => c.references('groups.id').onDelete('set null'))
    .addColumn('summary', 'text')
    .addColumn('summary_visibility', 'text', (c) => c.notNull())
    .addColumn('outcome', 'text')
    .addColumn('author_id', t.uuid, (c) => c.references('users.id').onDelete('set null'))
    .execute();
  await db.schema.createIndex('interactions_ws_date_idx').on('interactions').columns(['workspace_id', 'date', 'id']).execute();
  await db.schema.createIndex('interactions_group_idx').on('interactions').columns(['group_id', 'date']).execute();

  await db.schema
    .createTable('interaction_participants')
    .addColumn('interaction_id', t.uuid, (c) => c.notNull().references('interactions.id').onDelete('cascade'))
    .addColumn('person_id', t.uuid, (c) => c.notNull().references('people.id').onDelete('cascade'))
    .addColumn('workspace_id', t.uuid, (c) => c.notNull())
    .addColumn('attendance', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('interaction_participants_pk', ['interaction_id', 'person_id'])
    .execute();
  await db.schema
    .createIndex('interaction_participants_person_idx')
    .on('interaction_participants')
    .columns(['person_id', 'interaction_id'])
    .execute();
  await linkTable(db, t, 'interaction_organisations', ['interaction_id', 'interactions.id'], ['organisation_id', 'organisations.id']);
  await linkTable(db, t, 'interaction_themes', ['interaction_id', 'interactions.id'], ['theme_id', 'themes.id']);

  await versionedTable(db, t, 'actions')
    .addColumn('interaction_id', t.uuid, (c) => c.references('interactions.id').onDelete('set null'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('owner_person_id', t.uuid, (c) => c.references('people.id').onDelete('set null'))
    .addColumn('owner_user_id', t.uuid, (c) => c.references('users.id').onDelete('set null'))
    .addColumn('due_on', t.date)
    .addColumn('sort_due', 'text', (c) => c.notNull())
    .addColumn('done', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('done_at', t.timestamp)
    .execute();
  await db.schema.createIndex('actions_ws_due_idx').on('actions').columns(['workspace_id', 'sort_due', 'id']).execute();
  await db.schema.createIndex('actions_ws_created_idx').on('actions').columns(['workspace_id', 'created_at', 'id']).execute();
  await db.schema.createIndex('actions_owner_user_idx').on('actions').columns(['owner_user_id', 'done', 'sort_due']).execute();
  await db.schema.createIndex('actions_owner_person_idx').on('actions').columns(['owner_person_id', 'done', 'sort_due']).execute();
  await db.schema.createIndex('actions_interaction_idx').on('actions').column('interaction_id').execute();

  await versionedTable(db, t, 'contact_cadences')
    .addColumn('user_id', t.uuid, (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('person_id', t.uuid, (c) => c.notNull().references('people.id').onDelete('cascade'))
    .addColumn('every_days', 'integer', (c) => c.notNull())
    .addUniqueConstraint('contact_cadences_user_person_unique', ['workspace_id', 'user_id', 'person_id'])
    .execute();
  await db.schema.createIndex('contact_cadences_person_idx').on('contact_cadences').column('person_id').execute();

  await versionedTable(db, t, 'stakeholder_assessments')
    .addColumn('theme_id', t.uuid, (c) => c.notNull().references('themes.id').onDelete('cascade'))
    .addColumn('party_id', t.uuid, (c) => c.notNull())
    .addColumn('party_type', 'text', (c) => c.notNull())
    .addColumn('assessed_on', t.date, (c) => c.notNull())
    .addColumn('power', 'integer', (c) => c.notNull())
    .addColumn('interest', 'integer', (c) => c.notNull())
    .addColumn('attitude', 'integer', (c) => c.notNull())
    .addColumn('concerns', 'text', (c) => c.notNull())
    .addColumn('concern_note', 'text')
    .addColumn('salience_power', 'integer', (c) => c.notNull())
    .addColumn('salience_legitimacy', 'integer', (c) => c.notNull())
    .addColumn('salience_urgency', 'integer', (c) => c.notNull())
    .addColumn('side', 'text', (c) => c.notNull())
    .addUniqueConstraint('stakeholder_assessments_unique', ['theme_id', 'party_id', 'assessed_on'])
    .execute();
  await db.schema
    .createIndex('stakeholder_assessments_party_idx')
    .on('stakeholder_assessments')
    .columns(['party_id', 'assessed_on'])
    .execute();
  await db.schema
    .createIndex('stakeholder_assessments_ws_idx')
    .on('stakeholder_assessments')
    .columns(['workspace_id', 'assessed_on', 'id'])
    .execute();

  await versionedTable(db, t, 'engagement_plans')
    .addColumn('theme_id', t.uuid, (c) => c.notNull().references('themes.id').onDelete('cascade'))
    .addColumn('party_id', t.uuid, (c) => c.notNull())
    .addColumn('party_type', 'text', (c) => c.notNull())
    .addColumn('level', 'text', (c) => c.notNull())
    .addColumn('key_message', 'text')
    .addColumn('channel', 'text')
    .addColumn('owner_id', t.uuid, (c) => c.references('people.id').onDelete('set null'))
    .addColumn('next_step', 'text')
    .addColumn('next_step_due_on', t.date)
    .addUniqueConstraint('engagement_plans_unique', ['theme_id', 'party_id'])
    .execute();
  await db.schema.createIndex('engagement_plans_party_idx').on('engagement_plans').column('party_id').execute();
  await db.schema.createIndex('engagement_plans_ws_idx').on('engagement_plans').columns(['workspace_id', 'created_at', 'id']).execute();

  await versionedTable(db, t, 'decisions')
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('body_id', t.uuid, (c) => c.references('organisations.id').onDelete('set null'))
    .addColumn('date', t.date, (c) => c.notNull())
    .addColumn('theme_id', t.uuid, (c) => c.references('themes.id').onDelete('set null'))
    .addColumn('outcome', 'text', (c) => c.notNull())
    .addColumn('amount_cents', 'bigint')
    .addColumn('description', 'text')
    .execute();
  await db.schema.createIndex('decisions_ws_date_idx').on('decisions').columns(['workspace_id', 'date', 'id']).execute();
  await db.schema.createIndex('decisions_theme_idx').on('decisions').column('theme_id').execute();
  await db.schema.createIndex('decisions_body_idx').on('decisions').column('body_id').execute();
  await linkTable(db, t, 'decision_interactions', ['decision_id', 'decisions.id'], ['interaction_id', 'interactions.id']);
  await linkTable(db, t, 'decision_initiatives', ['decision_id', 'decisions.id'], ['initiative_id', 'initiatives.id']);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  const tables = [
    'decision_initiatives',
    'decision_interactions',
    'decisions',
    'engagement_plans',
    'stakeholder_assessments',
    'contact_cadences',
    'actions',
    'interaction_themes',
    'interaction_organisations',
    'interaction_participants',
    'interactions',
  ];
  for (const table of tables) await sql`drop table if exists ${sql.id(table)}`.execute(db);
}
