/**
 * Records that the database writes as JSON text, for the busiest lists: a page of 50 people or
 * relations is then one text column per row, joined into the answer as it is, without making
 * row objects, parsing and `JSON.stringify`. Measured on the benchmark network (100,000
 * people), a page of people took 164 µs as JSON from SQLite (joined) against 372 µs as row
 * objects, parsed lists and `JSON.stringify`: about a third of the request's time in the server.
 *
 * A person's record (src/modules/people/person-lists.repository.ts) and a relation's
 * (src/modules/relations/relation-record.repository.ts) are stored as such JSON when they are
 * written, on both databases, so a page reads them as they are. Built on read, PostgreSQL's
 * `json_build_object` cost the database about as much as it saved the server (0.35 ms per page
 * of 51 relations), and on two cores both run on the same CPUs.
 *
 * Every such record has a presenter in TypeScript as well, for single records; tests check
 * that both write the same record.
 */
import { sql, type Expression, type RawBuilder } from 'kysely';
import type { DialectName } from './dialect.ts';

/** How a field is written: its value as it is, JSON text embedded as JSON, 0/1 as a boolean, or a timestamp as ISO text. */
export type JsonField =
  Expression<unknown> | { json: Expression<unknown> } | { boolean: Expression<unknown> } | { timestamp: Expression<unknown> };

function fieldValue(dialect: DialectName, field: JsonField): Expression<unknown> {
  const postgres = dialect === 'postgres';
  if ('json' in field) return postgres ? sql`${field.json}::json` : sql`json(${field.json})`;
  if ('boolean' in field) return postgres ? sql`${field.boolean} <> 0` : sql`json(case when ${field.boolean} then 'true' else 'false' end)`;
  // SQLite keeps timestamps as the ISO text the API shows; PostgreSQL's are written like it.
  if ('timestamp' in field)
    return postgres ? sql`to_char(${field.timestamp} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')` : field.timestamp;
  return field;
}

/** A JSON object of the fields in their order (text). */
export function jsonRecord(dialect: DialectName, fields: Record<string, JsonField>): RawBuilder<string> {
  const pairs = Object.entries(fields).map(([key, field]) => sql`${sql.lit(key)}, ${fieldValue(dialect, field)}`);
  return dialect === 'postgres' ? sql<string>`json_build_object(${sql.join(pairs)})::text` : sql<string>`json_object(${sql.join(pairs)})`;
}
