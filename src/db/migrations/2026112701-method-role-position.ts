// Steps 2 and 3 of the method: mandates and initiatives (role), maturity models with their
// assessments, groups with members, and the knowledge shared in them (position). References
// to people and organisations cascade or clear, so deleting a party leaves nothing dangling.
import { sql, type Kysely } from 'kysely';
import { columnTypes, dialectOf } from '../dialect.ts';

type ColumnTypes = ReturnType<typeof columnTypes>;

/** A link table between two records of the same workspace, both ends cascading. */
async function createLinkTable(db: Kysely<unknown>, t: ColumnTypes, table: string, left: [string, string], right: [string, string]) {
  const [leftColumn, leftTable] = left;
  const [rightColumn, rightTable] = right;
  await db.schema
    .createTable(table)
    .addColumn(leftColumn, t.uuid, (c) => c.notNull().references(`${leftTable}.id`).onDelete('cascade'))
    .addColumn(rightColumn, t.uuid, (c) => c.notNull().references(`${rightTable}.id`).onDelete('cascade'))
    .addColumn('workspace_id', t.uuid, (c) => c.notNull())
    .addPrimaryKeyConstraint(`${table}_pk`, [leftColumn, rightColumn])
    .execute();
  await db.schema.createIndex(`${table}_${rightColumn}_idx`).on(table).columns([rightColumn, leftColumn]).execute();
}

async function createMandates(db: Kysely<unknown>, t: ColumnTypes) {
  await db.schema
    .createTable('mandates')
    .addColumn('id', t.uuid, (c) => c.primaryKey())
    .addColumn('workspace_id', t.uuid, (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('theme_id', t.uuid, (c) => c.notNull().references('themes.id').onDelete('cascade'))
    .addColumn('client_id', t.uuid, (c) => c.references('people.id').onDelete('set null'))
    .addColumn('holder_id', t.uuid, (c) => c.references('people.id').onDelete('set null'))
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('scope', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('granted_on', t.date)
    .addColumn('review_on', t.date)
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addColumn('updated_at', t.timestamp, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('mandates_ws_created_idx').on('mandates').columns(['workspace_id', 'created_at', 'id']).execute();
  await db.schema.createIndex('mandates_theme_idx').on('mandates').columns(['theme_id', 'created_at']).execute();
  await db.schema.createIndex('mandates_client_idx').on('mandates').column('client_id').execute();
  await db.schema.createIndex('mandates_holder_idx').on('mandates').column('holder_id').execute();
}

async function createInitiatives(db: Kysely<unknown>, t: ColumnTypes) {
  await db.schema
    .createTable('initiatives')
    .addColumn('id', t.uuid, (c) => c.primaryKey())
    .addColumn('workspace_id', t.uuid, (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('sort_title', t.sortKey, (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('description', 'text')
    .addColumn('lead_organisation_id', t.uuid, (c) => c.references('organisations.id').onDelete('set null'))
    .addColumn('start_on', t.date)
    .addColumn('end_on', t.date)
    .addColumn('outcome', 'text')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addColumn('updated_at', t.timestamp, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('initiatives_ws_sort_idx').on('initiatives').columns(['workspace_id', 'sort_title', 'id']).execute();
  await db.schema.createIndex('initiatives_lead_idx').on('initiatives').column('lead_organisation_id').execute();
  await createLinkTable(db, t, 'initiative_organisations', ['initiative_id', 'initiatives'], ['organisation_id', 'organisations']);
  await createLinkTable(db, t, 'initiative_themes', ['initiative_id', 'initiatives'], ['theme_id', 'themes']);
}

async function createMaturity(db: Kysely<unknown>, t: ColumnTypes) {
  // Levels and dimensions are JSON text: a model is read and written as one document, and
  // scores refer to a dimension by its key, which stays fixed once the model is assessed.
  await db.schema
    .createTable('maturity_models')
    .addColumn('id', t.uuid, (c) => c.primaryKey())
    .addColumn('workspace_id', t.uuid, (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('sort_name', t.sortKey, (c) => c.notNull())
    .addColumn('description', 'text')
    .addColumn('source', 'text')
    .addColumn('licence', 'text')
    .addColumn('built_in', 'text')
    .addColumn('levels', 'text', (c) => c.notNull())
    .addColumn('dimensions', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addColumn('updated_at', t.timestamp, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('maturity_models_ws_name_idx')
    .on('maturity_models')
    .columns(['workspace_id', 'sort_name'])
    .unique()
    .execute();
  await db.schema
    .createIndex('maturity_models_ws_built_in_idx')
    .on('maturity_models')
    .columns(['workspace_id', 'built_in'])
    .unique()
    .where(sql.ref('built_in'), 'is not', null)
    .execute();

  await db.schema
    .createTable('assessments')
    .addColumn('id', t.uuid, (c) => c.primaryKey())
    .addColumn('workspace_id', t.uuid, (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('organisation_id', t.uuid, (c) => c.notNull().references('organisations.id').onDelete('cascade'))
    .addColumn('model_id', t.uuid, (c) => c.notNull().references('maturity_models.id').onDelete('cascade'))
    .addColumn('assessed_on', t.date, (c) => c.notNull())
    .addColumn('assessor_id', t.uuid, (c) => c.references('people.id').onDelete('set null'))
    .addColumn('summary', 'text')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addColumn('updated_at', t.timestamp, (c) => c.notNull())
    .addUniqueConstraint('assessments_org_model_date_unique', ['organisation_id', 'model_id', 'assessed_on'])
    .execute();
  await db.schema.createIndex('assessments_ws_date_idx').on('assessments').columns(['workspace_id', 'assessed_on', 'id']).execute();
  await db.schema.createIndex('assessments_model_idx').on('assessments').columns(['model_id', 'organisation_id', 'assessed_on']).execute();
  await db.schema.createIndex('assessments_assessor_idx').on('assessments').column('assessor_id').execute();

  await db.schema
    .createTable('assessment_scores')
    .addColumn('assessment_id', t.uuid, (c) => c.notNull().references('assessments.id').onDelete('cascade'))
    .addColumn('dimension_key', 'text', (c) => c.notNull())
    .addColumn('score', 'integer', (c) => c.notNull())
    .addColumn('evidence', 'text')
    .addColumn('position', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('workspace_id', t.uuid, (c) => c.notNull())
    .addPrimaryKeyConstraint('assessment_scores_pk', ['assessment_id', 'dimension_key'])
    .execute();
}

async function createGroups(db: Kysely<unknown>, t: ColumnTypes) {
  await db.schema
    .createTable('groups')
    .addColumn('id', t.uuid, (c) => c.primaryKey())
    .addColumn('workspace_id', t.uuid, (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('sort_name', t.sortKey, (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('description', 'text')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addColumn('updated_at', t.timestamp, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('groups_ws_name_idx').on('groups').columns(['workspace_id', 'sort_name']).unique().execute();
  await createLinkTable(db, t, 'group_themes', ['group_id', 'groups'], ['theme_id', 'themes']);

  await db.schema
    .createTable('group_members')
    .addColumn('group_id', t.uuid, (c) => c.notNull().references('groups.id').onDelete('cascade'))
    .addColumn('person_id', t.uuid, (c) => c.notNull().references('people.id').onDelete('cascade'))
    .addColumn('workspace_id', t.uuid, (c) => c.notNull())
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('since', t.date)
    .addColumn('until', t.date)
    .addColumn('position', 'integer', (c) => c.notNull().defaultTo(0))
    .addPrimaryKeyConstraint('group_members_pk', ['group_id', 'person_id'])
    .execute();
  await db.schema.createIndex('group_members_person_idx').on('group_members').columns(['person_id', 'group_id']).execute();
}

async function createKnowledgeItems(db: Kysely<unknown>, t: ColumnTypes) {
  await db.schema
    .createTable('knowledge_items')
    .addColumn('id', t.uuid, (c) => c.primaryKey())
    .addColumn('workspace_id', t.uuid, (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('group_id', t.uuid, (c) => c.references('groups.id').onDelete('set null'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('sort_title', t.sortKey, (c) => c.notNull())
    .addColumn('url', 'text')
    .addColumn('description', 'text')
    .addColumn('shared_on', t.date, (c) => c.notNull())
    .addColumn('shared_by_id', t.uuid, (c) => c.references('people.id').onDelete('set null'))
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addColumn('updated_at', t.timestamp, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('knowledge_items_ws_shared_idx').on('knowledge_items').columns(['workspace_id', 'shared_on', 'id']).execute();
  await db.schema.createIndex('knowledge_items_ws_sort_idx').on('knowledge_items').columns(['workspace_id', 'sort_title', 'id']).execute();
  await db.schema.createIndex('knowledge_items_group_idx').on('knowledge_items').column('group_id').execute();
  await db.schema.createIndex('knowledge_items_shared_by_idx').on('knowledge_items').column('shared_by_id').execute();
  await createLinkTable(db, t, 'knowledge_item_themes', ['knowledge_item_id', 'knowledge_items'], ['theme_id', 'themes']);
}

export async function up(db: Kysely<unknown>): Promise<void> {
  const t = columnTypes(dialectOf(db));
  await createMandates(db, t);
  await createInitiatives(db, t);
  await createMaturity(db, t);
  await createGroups(db, t);
  await createKnowledgeItems(db, t);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  const tables = [
    'knowledge_item_themes',
    'knowledge_items',
    'group_members',
    'group_themes',
    'groups',
    'assessment_scores',
    'assessments',
    'maturity_models',
    'initiative_themes',
    'initiative_organisations',
    'initiatives',
    'mandates',
  ];
  for (const table of tables) await db.schema.dropTable(table).ifExists().execute();
}
