import type { Compilable, CompiledQuery, Kysely, RawBuilder } from 'kysely';
import type { Database } from './schema.ts';
import { runAfter, type Precondition } from './precondition.ts';

/** Stands in for a parameter while a query is built; never a value a caller sends. */
const MARK = '\u0000kring-parameter:';

/** A compiled query with the place of each parameter: a named value or a constant of the query. */
interface Template {
  compiled: CompiledQuery;
  slots: ({ name: string } | { constant: unknown })[];
}

/** Templates per database (Kysely's adapter object, one per opened database) and shape. */
const templates = new WeakMap<object, Map<string, Template>>();

/** Templates kept per database, least recently used dropped first; shapes include page sizes. */
const CAPACITY = 1000;

/**
 * A query built and compiled by Kysely once per database and shape, then run with each
 * call's values. On the busiest reads, building and compiling the query cost as much as
 * SQLite takes to run it.
 *
 * `build` receives the real `shape` (what changes the SQL: sort order, which filters are
 * set) and stand-ins for `values`, which it must hand to Kysely unchanged: a value
 * transformed while building (folded, joined, counted) would be fixed into the SQL. That
 * mistake is caught on first use. A value left undefined is not set, and is part of the shape.
 */
export function reusableQuery<S, V extends object, R>(
  name: string,
  build: (db: Kysely<Database>, shape: S, values: V) => Compilable<R>,
): ReusableQuery<S, V, R> {
  const compile = (db: Kysely<Database>, shape: S, given: V): CompiledQuery<R> => {
    const values = given as Record<string, unknown>;
    const present = Object.keys(values).filter((key) => values[key] !== undefined);
    const key = `${name}|${JSON.stringify(shape)}|${present.join(',')}`;
    const adapter = db.getExecutor().adapter;
    let byShape = templates.get(adapter);
    if (byShape === undefined) templates.set(adapter, (byShape = new Map()));
    let template = byShape.get(key);
    if (template === undefined) {
      const list = present.find((key) => typeof values[key] === 'object' && values[key] !== null);
      if (list !== undefined) throw new Error(`reusableQuery ${name}: ${list} is a list or object; only single values can be stand-ins`);
      template = compileTemplate(name, build(db, shape, standIns<V>(present)).compile(), present);
      if (byShape.size >= CAPACITY) byShape.delete(byShape.keys().next().value!);
    } else {
      byShape.delete(key);
    }
    byShape.set(key, template);
    const parameters = template.slots.map((slot) => ('name' in slot ? values[slot.name] : slot.constant));
    return { ...template.compiled, parameters } as CompiledQuery<R>;
  };
  const run = (db: Kysely<Database>, shape: S, values: V, precondition?: Precondition): Promise<R[]> =>
    runAfter(db, { compile: () => compile(db, shape, values) }, precondition);
  return Object.assign(run, { compile });
}

/**
 * Runs a reusable query with each call's values, after a precondition where one is given (in
 * the same statement where the database allows; see precondition.ts); `compile` gives the
 * statement without running it.
 */
export interface ReusableQuery<S, V, R> {
  (db: Kysely<Database>, shape: S, values: V, precondition?: Precondition): Promise<R[]>;
  compile(db: Kysely<Database>, shape: S, values: V): CompiledQuery<R>;
}

function standIns<V>(present: string[]): V {
  return Object.fromEntries(present.map((key) => [key, `${MARK}${key}`])) as V;
}

function compileTemplate(name: string, compiled: CompiledQuery, present: string[]): Template {
  const slots = compiled.parameters.map((parameter) => {
    if (typeof parameter === 'string' && parameter.includes(MARK)) {
      const slotName = parameter.slice(MARK.length);
      if (!parameter.startsWith(MARK) || !present.includes(slotName)) {
        throw new Error(`reusableQuery ${name}: a value was changed while building the query (${JSON.stringify(parameter)})`);
      }
      return { name: slotName };
    }
    return { constant: parameter };
  });
  const unused = present.filter((key) => !slots.some((slot) => 'name' in slot && slot.name === key));
  if (unused.length > 0) throw new Error(`reusableQuery ${name}: ${unused.join(', ')} not passed to the query as given`);
  if (compiled.sql.includes(MARK)) throw new Error(`reusableQuery ${name}: a value was written into the SQL text`);
  return { compiled, slots };
}

/** A raw SQL query as a reusable query's build result (Kysely compiles raw SQL against a database). */
export function compilableRaw<R>(db: Kysely<Database>, query: RawBuilder<R>): Compilable<R> {
  return { compile: () => query.compile(db) };
}
