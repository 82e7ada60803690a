import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshDatabase } from '../test/databases.ts';

const KRING = fileURLToPath(new URL('../../bin/kring.js', import.meta.url));

describe('kring serve', () => {
  let database: Awaited<ReturnType<typeof freshDatabase>>;
  beforeAll(async () => {
    database = await freshDatabase('sqlite');
  });
  afterAll(() => database.drop());

  /** Starts the server, waits until its output matches `ready`, and returns its address and a way to stop it. */
  async function start(env: Record<string, string>, ready: RegExp) {
    const path = database.target.kind === 'sqlite' ? database.target.path : '';
    const child = spawn(process.execPath, [KRING, 'serve'], {
      env: { PATH: process.env.PATH, PORT: '0', KRING_LOG_LEVEL: 'silent', KRING_DATABASE_URL: `sqlite:${path}`, ...env },
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
    return { url, output: () => output, stop };
  }

  it('prints a one-time setup link on a fresh install and stops cleanly', async () => {
    const server = await start({}, /setup#token=setup_[A-Za-z0-9_-]{32}\n/);
    expect((await fetch(`${server.url}/health`)).status).toBe(200);
    expect(await server.stop()).toBe(0);
  });

  it('serves from several worker processes on one port', async () => {
    const server = await start({ KRING_WORKERS: '2' }, /Serving with 2 worker processes\./);
    const answers = await Promise.all(Array.from({ length: 20 }, () => fetch(`${server.url}/api/v1/setup`).then((r) => r.json())));
    expect(answers.every((a) => a.needed === true)).toBe(true);
    expect(await server.stop()).toBe(0);
  });
});
