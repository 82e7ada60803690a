import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql, type CompiledQuery } from 'kysely';
import { dialects, openFreshDatabase } from '../test/databases.ts';
import { nowIso } from '../lib/clock.ts';
import { newId } from '../lib/ids.ts';
import type { Db } from './dialect.ts';
import { PreconditionNotMet, QueryPrecondition } from './precondition.ts';
import { insertWorkspace } from '../modules/workspaces/workspace.repository.ts';

describe.each(dialects)('a query with a precondition on %s', (dialect) => {
  let db: Db;
  let close: () => Promise<void>;
  let statements: string[];

  beforeAll(async () => {
    ({ db, close } = await openFreshDatabase(dialect));
    for (const name of ['Cc', 'Aa', 'Bb']) {
      await insertWorkspace(db.kysely, { id: newId(), name, description: null, createdAt: nowIso() });
    }
    // Every statement of these tests goes through executeQuery; count them.
    const executeQuery = db.kysely.executeQuery.bind(db.kysely);
    db.kysely.executeQuery = ((query: CompiledQuery) => {
      statements.push(query.sql);
      return executeQuery(query);
    }) as typeof db.kysely.executeQuery;
  });
  afterAll(() => close());

  /** A precondition whose row is there with the gate given (null fails it), or no row at all. */
  const precondition = (gate: string | null | 'no row') =>
    new QueryPrecondition(
      sql<{
        gate: string | null;
      }>`select ${gate === 'no row' ? null : gate} as gate from workspaces where name = ${gate === 'no row' ? 'none' : 'Aa'}`.compile(
        db.kysely,
      ),
      'gate',
    );
  const names = (name?: string) =>
    db.kysely
      .selectFrom('workspaces')
      .select('name')
      .$if(name !== undefined, (qb) => qb.where('name', '=', name!))
      .orderBy('name', 'desc')
      .compile();
  /** A query that fails if it runs: PostgreSQL divides by zero, SQLite reads a table that is not there. */
  const failsIfRun = () =>
    (dialect === 'postgres' ? sql`select 1 / (select count(*) - count(*) from workspaces) as n` : sql`select * from no_such_table`).compile(
      db.kysely,
    );

  it('answers the rows of a query whose precondition holds, in their order', async () => {
    statements = [];
    const check = precondition('owner');
    expect(await check.run(db.kysely, names())).toEqual([{ name: 'Cc' }, { name: 'Bb' }, { name: 'Aa' }]);
    // On PostgreSQL the precondition travels with the query; elsewhere it runs first, on its own.
    expect(statements).toHaveLength(dialect === 'postgres' ? 1 : 2);
    expect(check.heldWithoutRow).toBe(dialect === 'postgres');
    // Once it held, later queries run without it.
    expect(await check.run(db.kysely, names('Bb'))).toEqual([{ name: 'Bb' }]);
    expect(statements).toHaveLength(dialect === 'postgres' ? 2 : 3);
  });

  it('runs no query when the precondition has no row or a null gate', async () => {
    for (const gate of ['no row', null] as const) {
      const check = precondition(gate);
      await expect(check.run(db.kysely, failsIfRun())).rejects.toBeInstanceOf(PreconditionNotMet);
      expect(check.heldWithoutRow).toBe(false);
      expect(await check.row(db.kysely)).toEqual(gate === 'no row' ? undefined : { gate: null });
    }
  });

  it('runs the query when the precondition holds', async () => {
    await expect(precondition('owner').run(db.kysely, failsIfRun())).rejects.not.toBeInstanceOf(PreconditionNotMet);
  });

  it('tells an empty answer from a precondition that fails by reading the precondition alone', async () => {
    statements = [];
    const check = precondition('viewer');
    expect(await check.run(db.kysely, names('Zz'))).toEqual([]);
    expect(await check.row(db.kysely)).toEqual({ gate: 'viewer' });
    expect(check.heldWithoutRow).toBe(false);
    expect(statements).toHaveLength(2);
  });
});
