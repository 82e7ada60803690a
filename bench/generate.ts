/**
 * Loads a seeded national-scale network for the benchmarks:
 *   node --import tsx bench/generate.ts --people 100000 --relations 1000000 [--seed 42]
 *     [--database sqlite:./data/bench.sqlite | postgres://127.0.0.1:5432/kring_bench] [--fresh]
 * Prints the workspace id and an API token, and writes both to data/bench.json.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { sql } from 'kysely';
import { parseDatabaseTarget } from '../src/config/config.ts';
import { openDatabase, type Db } from '../src/db/dialect.ts';
import { migrateToLatest } from '../src/db/migrate.ts';
import { hashSecret, newId, newSecret } from '../src/lib/ids.ts';
import { loadPlan } from './bench-loader.ts';
import { prepareTarget } from './bench-target.ts';
import { planNetwork } from './network-plan.ts';

const BENCH_EMAIL = 'bench@kring.test';
// argon2id of "bench-password-123", computed once: hashing at load time would only add a second.
const BENCH_PASSWORD_HASH = '$argon2id$v=19$m=65536,p=4,t=3$KsOLmxPJvgWEkgZYX/VTZg$4D9Ygrt62rXpCvbLingOAmsWdfD3VbdP4GKwgqwmWpM';
const OUTPUT = 'data/bench.json';

function options() {
  const { values } = parseArgs({
    options: {
      people: { type: 'string', default: '100000' },
      relations: { type: 'string', default: '1000000' },
      seed: { type: 'string', default: '42' },
      database: { type: 'string', default: 'sqlite:./data/bench.sqlite' },
      fresh: { type: 'boolean', default: false },
    },
  });
  const count = (name: string, value: string) => {
    const n = Number(value.replaceAll('_', ''));
    if (!Number.isInteger(n) || n < 0) throw new Error(`bench: --${name} must be a whole number, got ${value}`);
    return n;
  };
  return {
    people: count('people', values.people),
    relations: count('relations', values.relations),
    seed: count('seed', values.seed),
    database: values.database,
    fresh: values.fresh,
  };
}

/** Creates the owner account, the workspace, the membership and an API token. */
async function createWorkspace(db: Db, now: string) {
  const existing = await db.kysely.selectFrom('users').select('id').where('email', '=', BENCH_EMAIL).executeTakeFirst();
  if (existing) throw new Error('bench: this database already holds a bench workspace; run again with --fresh');
  const userId = newId();
  const workspaceId = newId();
  // The same form the server issues and verifies: kring_ + 32 base64url characters, stored as SHA-256 hex.
  const token = newSecret('kring');
  await db.kysely.transaction().execute(async (trx) => {
    const versioned = { version: 1, createdAt: now, updatedAt: now };
    await trx
      .insertInto('users')
      .values({
        id: userId,
        email: BENCH_EMAIL,
        name: 'Bench',
        passwordHash: BENCH_PASSWORD_HASH,
        isAdmin: 1,
        personId: null,
        locale: null,
        ...versioned,
      })
      .execute();
    await trx
      .insertInto('workspaces')
      .values({ id: workspaceId, name: 'Bench', description: 'Generated benchmark network', ...versioned })
      .execute();
    await trx
      .insertInto('memberships')
      .values({ workspaceId, userId, role: 'owner', ...versioned })
      .execute();
    await trx
      .insertInto('apiTokens')
      .values({
        id: newId(),
        userId,
        name: 'bench',
        tokenHash: hashSecret(token),
        createdAt: now,
        lastUsedAt: null,
        expiresAt: null,
      })
      .execute();
  });
  return { workspaceId, token };
}

async function main() {
  const opts = options();
  const started = performance.now();
  const elapsed = () => `${((performance.now() - started) / 1000).toFixed(1)} s`;
  const log = (line: string) => console.log(line);
  const target = parseDatabaseTarget(opts.database);

  await prepareTarget(target, opts.fresh);
  const db = openDatabase(target, { poolSize: 2 });
  try {
    await migrateToLatest(db);
    const now = new Date().toISOString();
    const { workspaceId, token } = await createWorkspace(db, now);
    log(
      `Planning ${opts.people.toLocaleString('en')} people and ${opts.relations.toLocaleString('en')} relations (seed ${opts.seed}) into ${target.kind}…`,
    );
    const plan = planNetwork({ people: opts.people, relations: opts.relations, seed: opts.seed, workspaceId, createdAt: now });
    log(`Planned in ${elapsed()}; loading…`);
    const counts = await loadPlan(db, plan, opts.relations, log);
    log(`Loaded in ${elapsed()}; analysing…`);
    // PostgreSQL: storing each person's lists after the load left a dead version of every person.
    await (db.dialect === 'postgres' ? sql`vacuum analyze` : sql`analyze`).execute(db.kysely);
    log(
      `Done in ${elapsed()}: ${Object.entries(counts)
        .map(([k, v]) => `${v.toLocaleString('en')} ${k}`)
        .join(', ')}.`,
    );

    mkdirSync('data', { recursive: true });
    writeFileSync(OUTPUT, `${JSON.stringify({ workspaceId, token, database: opts.database }, null, 2)}\n`);
    log(`Workspace ${workspaceId}`);
    log(`API token ${token}`);
    log(`Written to ${OUTPUT}.`);
  } finally {
    await db.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
