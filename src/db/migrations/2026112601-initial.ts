// The first schema: accounts, workspaces and the network (organisations, people, relations,
// themes, notes), with audit events and search documents. Portable across both dialects.
import { sql, type Kysely } from 'kysely';
import { columnTypes, dialectOf } from '../dialect.ts';

export async function up(db: Kysely<unknown>): Promise<void> {
  const dialect = dialectOf(db);
  const t = columnTypes(dialect);

  await db.schema
    .createTable('users')
    .addColumn('id', t.uuid, (c) => c.primaryKey())
    .addColumn('email', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('password_hash', 'text', (c) => c.notNull())
    .addColumn('is_admin', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('person_id', t.uuid)
    .addColumn('locale', 'text')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addColumn('updated_at', t.timestamp, (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('sessions')
    .addColumn('id', t.uuid, (c) => c.primaryKey())
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('user_id', t.uuid, (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addColumn('expires_at', t.timestamp, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('sessions_user_idx').on('sessions').column('user_id').execute();

  await db.schema
    .createTable('api_tokens')
    .addColumn('id', t.uuid, (c) => c.primaryKey())
    .addColumn('user_id', t.uuid, (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addColumn('last_used_at', t.timestamp)
    .addColumn('expires_at', t.timestamp)
    .execute();
  await db.schema.createIndex('api_tokens_user_idx').on('api_tokens').column('user_id').execute();

  await db.schema
    .createTable('setup_tokens')
    .addColumn('token_hash', 'text', (c) => c.primaryKey())
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addColumn('expires_at', t.timestamp, (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('workspaces')
    .addColumn('id', t.uuid, (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('description', 'text')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addColumn('updated_at', t.timestamp, (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('memberships')
    .addColumn('workspace_id', t.uuid, (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('user_id', t.uuid, (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addColumn('updated_at', t.timestamp, (c) => c.notNull())
    .addPrimaryKeyConstraint('memberships_pk', ['workspace_id', 'user_id'])
    .execute();
  await db.schema.createIndex('memberships_user_idx').on('memberships').column('user_id').execute();

  await db.schema
    .createTable('organisations')
    .addColumn('id', t.uuid, (c) => c.primaryKey())
    .addColumn('workspace_id', t.uuid, (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('sort_name', t.sortKey, (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('code', 'text')
    .addColumn('parent_id', t.uuid, (c) => c.references('organisations.id').onDelete('cascade'))
    .addColumn('description', 'text')
    .addColumn('website', 'text')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addColumn('updated_at', t.timestamp, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('organisations_ws_sort_idx').on('organisations').columns(['workspace_id', 'sort_name', 'id']).execute();
  await db.schema.createIndex('organisations_parent_idx').on('organisations').column('parent_id').execute();
  await db.schema
    .createIndex('organisations_ws_code_idx')
    .on('organisations')
    .columns(['workspace_id', 'code'])
    .unique()
    .where(sql.ref('code'), 'is not', null)
    .execute();

  await db.schema
    .createTable('people')
    .addColumn('id', t.uuid, (c) => c.primaryKey())
    .addColumn('workspace_id', t.uuid, (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('sort_name', t.sortKey, (c) => c.notNull())
    .addColumn('job_title', 'text')
    .addColumn('email', 'text')
    .addColumn('phone', 'text')
    .addColumn('source', 'text')
    .addColumn('informed_on', t.date)
    .addColumn('last_contact_on', t.date)
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addColumn('updated_at', t.timestamp, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('people_ws_sort_idx').on('people').columns(['workspace_id', 'sort_name', 'id']).execute();
  await db.schema
    .createIndex('people_ws_email_idx')
    .on('people')
    .columns(['workspace_id', 'email'])
    .unique()
    .where(sql.ref('email'), 'is not', null)
    .execute();

  await db.schema
    .createTable('affiliations')
    .addColumn('id', t.uuid, (c) => c.primaryKey())
    .addColumn('workspace_id', t.uuid, (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('person_id', t.uuid, (c) => c.notNull().references('people.id').onDelete('cascade'))
    .addColumn('organisation_id', t.uuid, (c) => c.notNull().references('organisations.id').onDelete('cascade'))
    .addColumn('role', 'text')
    .addColumn('since', t.date)
    .addColumn('until', t.date)
    .addColumn('position', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('affiliations_person_idx').on('affiliations').column('person_id').execute();
  await db.schema.createIndex('affiliations_org_idx').on('affiliations').columns(['organisation_id', 'person_id']).execute();

  // People of an organisation in name order: a derived index over affiliations, so that
  // filtering a large network by organisation pages by keyset instead of scanning everyone.
  await db.schema
    .createTable('organisation_members')
    .addColumn('organisation_id', t.uuid, (c) => c.notNull().references('organisations.id').onDelete('cascade'))
    .addColumn('person_id', t.uuid, (c) => c.notNull().references('people.id').onDelete('cascade'))
    .addColumn('workspace_id', t.uuid, (c) => c.notNull())
    .addColumn('sort_name', t.sortKey, (c) => c.notNull())
    .addPrimaryKeyConstraint('organisation_members_pk', ['organisation_id', 'person_id'])
    .execute();
  await db.schema
    .createIndex('organisation_members_sort_idx')
    .on('organisation_members')
    .columns(['organisation_id', 'sort_name', 'person_id'])
    .execute();
  await db.schema.createIndex('organisation_members_person_idx').on('organisation_members').column('person_id').execute();

  await db.schema
    .createTable('tags')
    .addColumn('id', t.uuid, (c) => c.primaryKey())
    .addColumn('workspace_id', t.uuid, (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addUniqueConstraint('tags_ws_name_unique', ['workspace_id', 'name'])
    .execute();

  await db.schema
    .createTable('person_tags')
    .addColumn('person_id', t.uuid, (c) => c.notNull().references('people.id').onDelete('cascade'))
    .addColumn('tag_id', t.uuid, (c) => c.notNull().references('tags.id').onDelete('cascade'))
    .addColumn('workspace_id', t.uuid, (c) => c.notNull())
    .addPrimaryKeyConstraint('person_tags_pk', ['person_id', 'tag_id'])
    .execute();
  await db.schema.createIndex('person_tags_tag_idx').on('person_tags').columns(['tag_id', 'person_id']).execute();

  await db.schema
    .createTable('relation_types')
    .addColumn('workspace_id', t.uuid, (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('key', 'text', (c) => c.notNull())
    .addColumn('label', 'text', (c) => c.notNull())
    .addColumn('directed', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addPrimaryKeyConstraint('relation_types_pk', ['workspace_id', 'key'])
    .execute();

  // Parties are people or organisations; the foreign key is kept by the services, which
  // delete relations together with their party in one transaction.
  await db.schema
    .createTable('relations')
    .addColumn('id', t.uuid, (c) => c.primaryKey())
    .addColumn('workspace_id', t.uuid, (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('from_id', t.uuid, (c) => c.notNull())
    .addColumn('from_type', 'text', (c) => c.notNull())
    .addColumn('to_id', t.uuid, (c) => c.notNull())
    .addColumn('to_type', 'text', (c) => c.notNull())
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('directed', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('strength', 'integer', (c) => c.notNull().defaultTo(3))
    .addColumn('since', t.date)
    .addColumn('until', t.date)
    .addColumn('note', 'text')
    .addColumn('source', 'text')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addColumn('updated_at', t.timestamp, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('relations_ws_created_idx').on('relations').columns(['workspace_id', 'created_at', 'id']).execute();
  await db.schema.createIndex('relations_from_idx').on('relations').columns(['from_id', 'id']).execute();
  await db.schema.createIndex('relations_to_idx').on('relations').columns(['to_id', 'id']).execute();
  await db.schema.createIndex('relations_ws_type_idx').on('relations').columns(['workspace_id', 'type', 'created_at', 'id']).execute();

  await db.schema
    .createTable('themes')
    .addColumn('id', t.uuid, (c) => c.primaryKey())
    .addColumn('workspace_id', t.uuid, (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('sort_title', t.sortKey, (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('description', 'text')
    .addColumn('horizon', t.date)
    .addColumn('owner_id', t.uuid, (c) => c.references('people.id').onDelete('set null'))
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addColumn('updated_at', t.timestamp, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('themes_ws_sort_idx').on('themes').columns(['workspace_id', 'sort_title', 'id']).execute();

  await db.schema
    .createTable('theme_organisations')
    .addColumn('theme_id', t.uuid, (c) => c.notNull().references('themes.id').onDelete('cascade'))
    .addColumn('organisation_id', t.uuid, (c) => c.notNull().references('organisations.id').onDelete('cascade'))
    .addColumn('workspace_id', t.uuid, (c) => c.notNull())
    .addPrimaryKeyConstraint('theme_organisations_pk', ['theme_id', 'organisation_id'])
    .execute();
  await db.schema.createIndex('theme_organisations_org_idx').on('theme_organisations').column('organisation_id').execute();

  await db.schema
    .createTable('notes')
    .addColumn('id', t.uuid, (c) => c.primaryKey())
    .addColumn('workspace_id', t.uuid, (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('subject_type', 'text', (c) => c.notNull())
    .addColumn('subject_id', t.uuid, (c) => c.notNull())
    .addColumn('author_id', t.uuid, (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('visibility', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addColumn('updated_at', t.timestamp, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('notes_subject_idx').on('notes').columns(['subject_id', 'created_at']).execute();
  await db.schema.createIndex('notes_ws_idx').on('notes').columns(['workspace_id', 'created_at', 'id']).execute();

  await db.schema
    .createTable('audit_events')
    .addColumn('id', t.autoId, (c) => (dialect === 'sqlite' ? c.primaryKey().autoIncrement() : c.primaryKey()))
    .addColumn('workspace_id', t.uuid)
    .addColumn('actor_id', t.uuid)
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('subject_type', 'text', (c) => c.notNull())
    .addColumn('subject_id', t.uuid)
    .addColumn('ip', 'text')
    .addColumn('at', t.timestamp, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('audit_events_ws_idx').on('audit_events').columns(['workspace_id', 'id']).execute();

  await createSearchDocuments(db, dialect);
}

async function createSearchDocuments(db: Kysely<unknown>, dialect: 'sqlite' | 'postgres') {
  if (dialect === 'postgres') {
    await sql`create table search_documents (
      entity_id uuid primary key,
      workspace_id uuid not null references workspaces(id) on delete cascade,
      entity_type text not null,
      title text not null,
      body text not null,
      tsv tsvector generated always as (
        setweight(to_tsvector('simple', title), 'A') || setweight(to_tsvector('simple', body), 'B')
      ) stored
    )`.execute(db);
    await sql`create index search_documents_tsv_idx on search_documents using gin (tsv)`.execute(db);
    await sql`create index search_documents_ws_idx on search_documents (workspace_id)`.execute(db);
    return;
  }
  // A contentless FTS5 index over a plain table, kept in step by triggers: ranking reads
  // only the index, and updates and deletes find their row through the primary key.
  await sql`create table search_documents (
    rowid integer primary key,
    entity_id text not null unique,
    workspace_id text not null references workspaces(id) on delete cascade,
    entity_type text not null,
    title text not null,
    body text not null
  )`.execute(db);
  await sql`create index search_documents_ws_idx on search_documents (workspace_id)`.execute(db);
  await sql`create virtual table search_fts using fts5(
    title, body, content='', contentless_delete=1, prefix='2 3', tokenize='unicode61 remove_diacritics 2'
  )`.execute(db);
  await sql`create trigger search_documents_ai after insert on search_documents begin
    insert into search_fts(rowid, title, body) values (new.rowid, new.title, new.body);
  end`.execute(db);
  await sql`create trigger search_documents_ad after delete on search_documents begin
    delete from search_fts where rowid = old.rowid;
  end`.execute(db);
  await sql`create trigger search_documents_au after update on search_documents begin
    delete from search_fts where rowid = old.rowid;
    insert into search_fts(rowid, title, body) values (new.rowid, new.title, new.body);
  end`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  const tables = [
    'search_fts',
    'search_documents',
    'audit_events',
    'notes',
    'theme_organisations',
    'themes',
    'relations',
    'relation_types',
    'person_tags',
    'tags',
    'organisation_members',
    'affiliations',
    'people',
    'organisations',
    'memberships',
    'workspaces',
    'setup_tokens',
    'api_tokens',
    'sessions',
    'users',
  ];
  for (const table of tables) {
    if (table === 'search_fts' && dialectOf(db) === 'postgres') continue;
    await sql`drop table if exists ${sql.id(table)}`.execute(db);
  }
}
