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

/** Prepared statements kept per connection; past this, new statements run unnamed. */
const MAX_PREPARED = 500;

/**
 * A pg client that runs data statements as named prepared statements, so PostgreSQL
 * parses and plans each distinct query once per connection instead of on every request
 * (Kysely sends plain parameterised text). The name is derived from the SQL text. A
 * connection prepares at most MAX_PREPARED statements, so texts that vary (lists of ids,
 * page sizes) cannot grow the server's memory without bound.
 */
export class PreparedStatementClient extends pg.Client {
  readonly #prepared = new Set<string>();

  override query(config: any, values?: any, callback?: any): any {
    if (typeof config === 'string' && typeof values !== 'function' && callback === undefined && DATA_STATEMENT.test(config)) {
      const name = statementName(config);
      if (this.#prepared.has(name) || this.#prepared.size < MAX_PREPARED) {
        this.#prepared.add(name);
        return super.query({ name, text: config, values });
      }
    }
    return super.query(config, values, callback);
  }
}
