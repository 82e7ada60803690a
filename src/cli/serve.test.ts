import { spawn, spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { get } from 'node:http';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { freshDatabase } from '../test/databases.ts';

const KRING = fileURLToPath(new URL('../../bin/kring.js', import.meta.url));

/** Starts `kring serve` on a SQLite file, waits until its output matches `ready`, and returns its address and a way to stop it. */
async function start(sqlitePath: string, env: Record<string, string>, ready: RegExp) {
  const child = spawn(process.execPath, [KRING, 'serve'], {
    env: { PATH: process.env.PATH, PORT: '0', KRING_LOG_LEVEL: 'silent', KRING_DATABASE_URL: `sqlite:${sqlitePath}`, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no address in: ${output}`)), 30_000);
    child.stdout.on('data', () => {
      const found = /running at (http:\/\/\S+) /.exec(output);
      if (found?.[1] && ready.test(output)) {
        clearTimeout(timer);
        resolve(found[1]);
      }
    });
  });
  const stop = () =>
    new Promise<number | null>((resolve) => {
      child.once('exit', (code) => resolve(code));
      child.kill('SIGTERM');
    });
  return { url, pid: child.pid!, output: () => output, stop };
}

describe('kring serve', () => {
  let database: Awaited<ReturnType<typeof freshDatabase>>;
  let path: string;
  beforeAll(async () => {
    database = await freshDatabase('sqlite');
    path = database.target.kind === 'sqlite' ? database.target.path : '';
  });
  afterAll(() => database.drop());

  it('prints a one-time setup link on a fresh install and stops cleanly', async () => {
    const server = await start(path, {}, /setup#token=setup_[A-Za-z0-9_-]{32}\n/);
    expect((await fetch(`${server.url}/health`)).status).toBe(200);
    expect(await server.stop()).toBe(0);
  });

  it('serves from several worker processes on one port', async () => {
    const server = await start(path, { KRING_WORKERS: '2' }, /Serving with 2 worker processes\./);
    const answers = await Promise.all(Array.from({ length: 20 }, () => fetch(`${server.url}/api/v1/setup`).then((r) => r.json())));
    expect(answers.every((a) => a.needed === true)).toBe(true);
    expect(await server.stop()).toBe(0);
  });
});

describe('kring serve with several worker processes', () => {
  let database: Awaited<ReturnType<typeof freshDatabase>>;
  let path: string;
  let token: string;
  beforeAll(async () => {
    database = await freshDatabase('sqlite');
    path = database.target.kind === 'sqlite' ? database.target.path : '';
    const kring = (args: string[], input?: string) => {
      const env = { PATH: process.env.PATH, KRING_LOG_LEVEL: 'silent', KRING_DATABASE_URL: `sqlite:${path}` };
      const result = spawnSync(process.execPath, [KRING, ...args], { env, input, encoding: 'utf8' });
      expect(result.status, result.stderr).toBe(0);
      return result.stdout.trim();
    };
    kring(['user', 'add', 'beheer@kring.test', '--admin'], 'een lang genoeg wachtwoord\n');
    kring(['demo']);
    token = kring(['token', 'create', 'beheer@kring.test']);
  });
  afterAll(() => database.drop());

  it('shares one analytics process, held by the primary', async () => {
    const server = await start(path, { KRING_WORKERS: '2' }, /Serving with 2 worker processes\./);
    try {
      const headers = { authorization: `Bearer ${token}` };
      const workspaces = (await (await fetch(`${server.url}/api/v1/workspaces`, { headers })).json()) as { data: { id: string }[] };
      const communities = `${server.url}/api/v1/workspaces/${workspaces.data[0]!.id}/analytics/communities`;
      // A new connection for each request: the primary deals connections round the workers,
      // so both ask for analytics. The first answers may be 503 while the first analysis runs.
      await vi.waitFor(
        async () => {
          const statuses = await Promise.all(Array.from({ length: 8 }, () => statusOnNewConnection(communities, headers)));
          expect(statuses).toEqual(Array(8).fill(200));
        },
        { timeout: 30_000, interval: 200 },
      );

      const children = childrenOf(server.pid);
      const workers = children.filter(({ command }) => command.includes('kring.js'));
      expect(workers).toHaveLength(2);
      const analytics = [server.pid, ...workers.map(({ pid }) => pid)].flatMap((pid) =>
        childrenOf(pid)
          .filter(({ command }) => command.includes('analytics.process-boot'))
          .map(() => pid),
      );
      expect(analytics).toEqual([server.pid]);
    } finally {
      expect(await server.stop()).toBe(0);
    }
  });
});

/** The status of a GET over a connection of its own (no keep-alive agent). */
function statusOnNewConnection(url: string, headers: Record<string, string>): Promise<number> {
  return new Promise((resolve, reject) => {
    get(url, { headers, agent: false }, (response) => {
      response.resume();
      response.on('end', () => resolve(response.statusCode ?? 0));
    }).on('error', reject);
  });
}

/** The processes whose parent is `parent`, with their command lines (Linux /proc). */
function childrenOf(parent: number): { pid: number; command: string }[] {
  const children: { pid: number; command: string }[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const parentPid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (parentPid === parent)
        children.push({ pid: Number(entry), command: readFileSync(`/proc/${entry}/cmdline`, 'utf8').replaceAll('\0', ' ') });
    } catch {
      // the process ended meanwhile
    }
  }
  return children;
}
