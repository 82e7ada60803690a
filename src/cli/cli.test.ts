import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { freshDatabase } from '../test/databases.ts';
import { startTestServer } from '../test/test-server.ts';

const KRING = fileURLToPath(new URL('../../bin/kring.js', import.meta.url));

/** Runs `kring` with the environment `env()` gives at the time; answers its exit code and output. */
const runner =
  (env: () => NodeJS.ProcessEnv) =>
  (args: string[], input = '', extraEnv: NodeJS.ProcessEnv = {}) => {
    const result = spawnSync(process.execPath, [KRING, ...args], {
      input,
      env: { ...env(), ...extraEnv },
      encoding: 'utf8',
      timeout: 60_000,
    });
    return { code: result.status, out: result.stdout, err: result.stderr };
  };

/** The environment of a CLI on a fresh SQLite database. */
const sqliteEnv = (database: Awaited<ReturnType<typeof freshDatabase>>): NodeJS.ProcessEnv => ({
  PATH: process.env.PATH,
  KRING_DATABASE_URL: `sqlite:${database.target.kind === 'sqlite' ? database.target.path : ''}`,
  KRING_LOG_LEVEL: 'silent',
});

describe('kring CLI', () => {
  let database: Awaited<ReturnType<typeof freshDatabase>>;
  let env: NodeJS.ProcessEnv;
  const kring = runner(() => env);

  const spawnAsync = (args: string[]) =>
    new Promise<{ code: number | null }>((resolve) => {
      const child = spawn(process.execPath, [KRING, ...args], { env, stdio: 'ignore' });
      child.on('exit', (code) => resolve({ code }));
    });

  beforeAll(async () => {
    database = await freshDatabase('sqlite');
    env = sqliteEnv(database);
  });
  afterAll(() => database.drop());

  it('names every bad configuration variable and exits 78', () => {
    const result = kring(['migrate'], '', {
      PORT: 'eighty',
      KRING_DATABASE_URL: 'mysql://db/kring',
      KRING_ADMIN_EMAIL: 'admin@kring.test',
    });
    expect(result.code).toBe(78);
    expect(result.err).toContain('PORT');
    expect(result.err).toContain('KRING_DATABASE_URL');
    expect(result.err).toContain('KRING_ADMIN_PASSWORD');
  });

  it('explains unknown commands and usage errors with exit code 2', () => {
    expect(kring(['frobnicate'])).toMatchObject({ code: 2 });
    expect(kring(['frobnicate']).err).toContain('unknown command "frobnicate"');
    expect(kring(['user', 'add', 'not-an-email'], 'long-enough-password').err).toContain('EMAIL');
    expect(kring(['user', 'add', 'short@kring.test'], 'short').code).toBe(2);
  });

  it('refuses to load the demo before any administrator exists', () => {
    const result = kring(['demo']);
    expect(result.code).toBe(1);
    expect(result.err).toContain('no administrator exists yet');
  });

  it('adds users, loads the demo region, creates a token and adds a member', async () => {
    expect(kring(['migrate']).code).toBe(0);
    const admin = kring(['user', 'add', 'Beheer@Kring.test', '--admin', '--name', 'Beheerder'], 'correct-horse-battery\n');
    expect(admin).toMatchObject({ code: 0 });
    expect(admin.out).toContain('Created administrator beheer@kring.test');
    expect(kring(['user', 'add', 'beheer@kring.test'], 'correct-horse-battery').err).toContain('already exists');
    expect(kring(['user', 'add', 'collega@kring.test'], 'another-long-password').code).toBe(0);

    const demo = kring(['demo']);
    expect(demo.code).toBe(0);
    const workspaceId = /workspace ([0-9a-f-]{36})/.exec(demo.out)?.[1];
    expect(workspaceId).toBeDefined();
    const counts = /(\d+) organisations, (\d+) people, (\d+) relations/.exec(demo.out)!;
    expect(Number(counts[2])).toBeGreaterThanOrEqual(60);
    expect(Number(counts[3])).toBeGreaterThanOrEqual(200);
    expect(demo.out).toContain('beheer@kring.test');

    // The demo loads while a server is running on the same database file.
    const server = await startTestServer('sqlite', {}, database);
    try {
      const second = spawnAsync(['demo', '--owner', 'collega@kring.test']);
      const health = await server.request('GET', '/health');
      expect(health.status).toBe(200);
      expect((await second).code).toBe(0);
    } finally {
      await server.close();
    }

    const token = kring(['token', 'create', 'beheer@kring.test']);
    expect(token.code).toBe(0);
    expect(token.out.trim()).toMatch(/^kring_[A-Za-z0-9_-]{32}$/);
    expect(kring(['token', 'create', 'nobody@kring.test']).err).toContain('no account with e-mail nobody@kring.test');

    const added = kring(['workspace', 'add-member', workspaceId!, 'collega@kring.test', '--role', 'editor']);
    expect(added).toMatchObject({ code: 0 });
    expect(added.out).toContain('as editor');
    expect(kring(['workspace', 'add-member', workspaceId!, 'collega@kring.test']).err).toContain('already a member');
    expect(kring(['workspace', 'add-member', workspaceId!, 'collega@kring.test', '--role', 'boss']).code).toBe(2);
    expect(kring(['workspace', 'add-member', '00000000-0000-4000-8000-000000000000', 'collega@kring.test']).err).toContain('no workspace');
    // Eleven processes, each starting the TypeScript runtime: allow for a busy machine.
  }, 180_000);
});

describe('kring import', () => {
  let database: Awaited<ReturnType<typeof freshDatabase>>;
  let folder: string;
  let workspaceId: string;
  const kring = runner(() => sqliteEnv(database));

  beforeAll(async () => {
    database = await freshDatabase('sqlite');
    folder = mkdtempSync(join(tmpdir(), 'kring-import-'));
    kring(['user', 'add', 'beheer@kring.test', '--admin'], 'correct-horse-battery\n');
    kring(['user', 'add', 'lezer@kring.test'], 'correct-horse-battery\n');
    workspaceId = /workspace ([0-9a-f-]{36})/.exec(kring(['demo']).out)![1]!;
  }, 120_000);
  afterAll(async () => {
    rmSync(folder, { recursive: true, force: true });
    await database.drop();
  });

  it('imports a spreadsheet saved by Dutch Excel, and skips its people the second time', () => {
    // Windows-1252, semicolons: é is one byte, 0xe9.
    const file = join(folder, 'contacten.csv');
    writeFileSync(
      file,
      Buffer.from(
        'Naam;Organisatie;E-mail\r\nJos\xe9 Proef;Gemeente Kapelle;jose@example.org\r\nMila Test;Bureau Proefdata;\r\n',
        'latin1',
      ),
    );
    const dry = kring(['import', workspaceId, file, '--dry-run']);
    expect(dry).toMatchObject({ code: 0 });
    expect(dry.out).toContain('Would import 2 people and 1 new organisation, 0 people skipped.');
    const done = kring(['import', workspaceId, file]);
    expect(done.out).toContain('Imported 2 people and 1 new organisation, 0 people skipped.');
    const again = kring(['import', workspaceId, file]);
    expect(again.out).toContain(`${file}:2: skipped José Proef: the e-mail address is already in the workspace`);
    expect(again.out).toContain('Imported 0 people and 0 new organisations, 2 people skipped.');
  }, 120_000);

  it('names each problem with the file and line, and refuses who may not edit', () => {
    const file = join(folder, 'fouten.csv');
    writeFileSync(file, 'Naam,E-mail\nGoed,goed@example.org\nFout,geen-adres\n,leeg@example.org\n');
    const bad = kring(['import', workspaceId, file]);
    expect(bad.code).toBe(1);
    expect(bad.err).toContain(`${file}:3: email: Must be an e-mail address.`);
    expect(bad.err).toContain(`${file}:4: name: This row has no name.`);
    expect(kring(['import', workspaceId, join(folder, 'missing.csv')]).code).toBe(2);
    expect(kring(['import', workspaceId, file, '--as', 'lezer@kring.test']).err).toContain('lezer@kring.test is not an editor');
  }, 120_000);
});
