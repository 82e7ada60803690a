import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dialects, openFreshDatabase } from '../test/databases.ts';
import { nowIso } from '../lib/clock.ts';
import { newId } from '../lib/ids.ts';
import { fold } from '../lib/text.ts';
import type { Db } from './dialect.ts';
import { reusableQuery } from './reusable-query.ts';
import { insertWorkspace } from '../modules/workspaces/workspace.repository.ts';

const workspaces = reusableQuery(
  'test.workspaces',
  (db: Db['kysely'], shape: { descending: boolean }, values: { name?: string; rows: number }) => {
    let qb = db.selectFrom('workspaces').select(['id', 'name']);
    if (values.name !== undefined) qb = qb.where('name', '=', values.name);
    return qb.orderBy('name', shape.descending ? 'desc' : 'asc').limit(values.rows);
  },
);

describe.each(dialects)('reusable queries on %s', (dialect) => {
  let db: Db;
  let close: () => Promise<void>;

  beforeAll(async () => {
    ({ db, close } = await openFreshDatabase(dialect));
    for (const name of ['Aa', 'Bb', 'Cc']) {
      await insertWorkspace(db.kysely, { id: newId(), name, description: null, createdAt: nowIso() });
    }
  });
  afterAll(() => close());

  it('runs each shape with each call’s values, also inside a transaction', async () => {
    const names = async (shape: { descending: boolean }, values: { name?: string; rows: number }, executor = db.kysely) =>
      (await workspaces(executor, shape, values)).map((w) => w.name);
    expect(await names({ descending: false }, { rows: 2 })).toEqual(['Aa', 'Bb']);
    expect(await names({ descending: false }, { rows: 3 })).toEqual(['Aa', 'Bb', 'Cc']);
    expect(await names({ descending: true }, { rows: 1 })).toEqual(['Cc']);
    expect(await names({ descending: false }, { name: 'Bb', rows: 5 })).toEqual(['Bb']);
    expect(await names({ descending: false }, { name: 'Cc', rows: 5 })).toEqual(['Cc']);
    expect(await names({ descending: false }, { name: undefined, rows: 1 })).toEqual(['Aa']);
    await db.kysely.transaction().execute(async (trx) => {
      expect(await names({ descending: true }, { name: 'Aa', rows: 5 }, trx)).toEqual(['Aa']);
    });
  });

  it('refuses a query that changes a value while it is built', async () => {
    const folded = reusableQuery('test.folded', (k: Db['kysely'], _shape: null, values: { name: string }) =>
      k.selectFrom('workspaces').select('id').where('name', '=', `${values.name}%`),
    );
    await expect(folded(db.kysely, null, { name: 'Aa' })).rejects.toThrow(/changed while building/);
    const dropped = reusableQuery('test.dropped', (k: Db['kysely'], _shape: null, values: { name: string }) =>
      k.selectFrom('workspaces').select('id').where('name', '=', fold(values.name).slice(0, 0)),
    );
    await expect(dropped(db.kysely, null, { name: 'Aa' })).rejects.toThrow(/not passed to the query/);
    const listed = reusableQuery('test.listed', (k: Db['kysely'], _shape: null, values: { names: string[] }) =>
      k.selectFrom('workspaces').select('id').where('name', 'in', values.names),
    );
    await expect(listed(db.kysely, null, { names: ['Aa', 'Bb'] })).rejects.toThrow(/list or object/);
  });
});
