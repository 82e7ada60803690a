/**
 * Records that SQLite writes as JSON text, for the busiest lists: a page of 50 people or
 * relations is then one text column per row, joined into the answer as it is. Measured on
 * the benchmark network (100,000 people), a page of people took 164 µs as JSON from SQLite
 * (joined) against 372 µs as row objects, parsed lists and `JSON.stringify`: about a third of
 * the request's time in the server.
 *
 * PostgreSQL keeps row objects: its `json_build_object` added 0.35 ms per page of 51 people
 * in the database, more than it would save here, and on two cores both run on the same CPUs.
 *
 * Every such record has a presenter in TypeScript as well (for single records and
 * PostgreSQL); tests check that both write the same record.
 */
import { sql, type Expression, type Kysely, type RawBuilder } from 'kysely';
import { dialectOf } from './dialect.ts';

/** How a field is written: its value as it is, JSON text embedded as JSON, or 0/1 as a boolean. */
export type JsonField = Expression<unknown> | { json: Expression<unknown> } | { boolean: Expression<unknown> };

function fieldValue(field: JsonField): Expression<unknown> {
  if ('json' in field) return sql`json(${field.json})`;
  if ('boolean' in field) return sql`json(case when ${field.boolean} then 'true' else 'false' end)`;
  return field;
}

/** A JSON object of the fields in their order, as SQLite's `json_object` (text). */
export function sqliteJsonRecord(fields: Record<string, JsonField>): RawBuilder<string> {
  const pairs = Object.entries(fields).map(([key, field]) => sql`${sql.lit(key)}, ${fieldValue(field)}`);
  return sql<string>`json_object(${sql.join(pairs)})`;
}

/** Does this database write the busiest lists as JSON? SQLite does; PostgreSQL does not (see above). */
export function databaseWritesJson<DB>(db: Kysely<DB>): boolean {
  return dialectOf(db) === 'sqlite';
}
