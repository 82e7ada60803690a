import type { Compilable, CompiledQuery, Kysely } from 'kysely';
import { dialectOf } from './dialect.ts';
import type { Database } from './schema.ts';

/** Thrown instead of running a query whose precondition does not hold. */
export class PreconditionNotMet extends Error {
  constructor() {
    super('The precondition of this query does not hold.');
  }
}

/** What a query needs of its precondition: to run only when it holds. */
export interface Precondition {
  run<R>(db: Kysely<Database>, query: CompiledQuery<R>): Promise<R[]>;
}

/** Runs a query, after its precondition when one is given (and with it where the database allows). */
export async function runAfter<R>(db: Kysely<Database>, query: Compilable<R>, precondition: Precondition | undefined): Promise<R[]> {
  const compiled = query.compile();
  return precondition ? precondition.run(db, compiled) : (await db.executeQuery(compiled)).rows;
}

/**
 * A query whose row must be there, with its `gate` column not null, before other queries may
 * run: a request's credential check before the reads it asks for.
 *
 * On PostgreSQL the first query given to `run` carries it: `… where exists (precondition)`,
 * which PostgreSQL evaluates once, before reading anything, and skips the query when it fails.
 * A query that answers rows has shown that the precondition holds, in one statement instead of
 * two; a statement costs PostgreSQL and the server more than a small read itself. Only when
 * the answer is empty does the precondition run on its own, to tell an empty answer from a
 * failed precondition. Elsewhere (SQLite, in-process) it runs on its own first, once.
 */
export class QueryPrecondition<P extends object> implements Precondition {
  #row: Promise<P | undefined> | undefined;
  #held = false;

  /** `gate` names the column of the row that must not be null; its SQL name is the same (one lower-case word). */
  constructor(
    private readonly query: CompiledQuery<P>,
    private readonly gate: keyof P & string,
  ) {}

  /** True when a query that carried the precondition answered rows, so it held without its row being read. */
  get heldWithoutRow(): boolean {
    return this.#held && this.#row === undefined;
  }

  /** The precondition's row (undefined when its query found none), run on its own, once. */
  row(db: Kysely<Database>): Promise<P | undefined> {
    this.#row ??= db.executeQuery(this.query).then((result) => result.rows[0]);
    return this.#row;
  }

  /** Runs `query` when the precondition holds, in the same statement where it can; throws PreconditionNotMet otherwise. */
  async run<R>(db: Kysely<Database>, query: CompiledQuery<R>): Promise<R[]> {
    if (!this.#held && this.#row === undefined && dialectOf(db) === 'postgres') {
      const { rows } = await db.executeQuery(carrying(query, this.query, this.gate));
      if (rows.length > 0) {
        this.#held = true;
        return rows;
      }
      // Nothing read: either the precondition failed, or the query found nothing.
      if (!this.holds(await this.row(db))) throw new PreconditionNotMet();
      return rows;
    }
    if (!this.#held && !this.holds(await this.row(db))) throw new PreconditionNotMet();
    this.#held = true;
    return (await db.executeQuery(query)).rows;
  }

  private holds(row: P | undefined): boolean {
    return row !== undefined && row[this.gate] !== null && row[this.gate] !== undefined;
  }
}

/**
 * The query, answering only when the precondition holds. The query becomes a subquery, whose
 * rows come in the order it gives them (no operation above it reorders: the filter is a one-time
 * filter, evaluated before the subquery runs). The precondition's parameters follow the query's:
 * its SQL, Kysely's, holds `$` only where its parameters go.
 */
function carrying<R, P>(query: CompiledQuery<R>, precondition: CompiledQuery<P>, gate: string): CompiledQuery<R> {
  const offset = query.parameters.length;
  const preconditionSql = precondition.sql.replace(/\$(\d+)/g, (_, n: string) => `$${Number(n) + offset}`);
  const sql =
    `select "kring_query".* from (${query.sql}) as "kring_query" ` +
    `where exists (select 1 from (${preconditionSql}) as "kring_precondition" where "kring_precondition"."${gate}" is not null)`;
  return { ...query, sql, parameters: [...query.parameters, ...precondition.parameters] };
}
