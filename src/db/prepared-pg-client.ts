/* eslint-disable @typescript-eslint/no-explicit-any -- pg's query() overloads cannot be forwarded with their types. */
import { createHash } from 'node:crypto';
import pg from 'pg';

const DATA_STATEMENT = /^\s*(select|insert|update|delete|with)\b/i;

/** Statement names by SQL text, shared by all connections; emptied when it grows past its bound. */
const names = new Map<string, string>();
const MAX_NAMES = 2000;

function statementName(text: string): string {
  let name = names.get(text);
  if (name === undefined) {
    if (names.size >= MAX_NAMES) names.clear();
    name = `k${createHash('sha1').update(text).digest('hex').slice(0, 24)}`;
    names.set(text, name);
  }
  return name;
}

/**
 * A pg client that runs data statements as named prepared statements, so PostgreSQL
 * parses and plans each distinct query once per connection instead of on every request
 * (Kysely sends plain parameterised text). The name is derived from the SQL text.
 */
export class PreparedStatementClient extends pg.Client {
  override query(config: any, values?: any, callback?: any): any {
    if (typeof config === 'string' && typeof values !== 'function' && callback === undefined && DATA_STATEMENT.test(config)) {
      return super.query({ name: statementName(config), text: config, values });
    }
    return super.query(config, values, callback);
  }
}
