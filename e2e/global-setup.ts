import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FullConfig } from '@playwright/test';

const root = join(import.meta.dirname, '..');

/** The newest modification time under a folder, to tell whether the web build is stale. */
function newest(dir: string): number {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }
  return latest;
}

function buildWebIfNeeded(): void {
  const index = join(root, 'web/dist/index.html');
  const stale = !existsSync(index) || newest(join(root, 'web/src')) > statSync(index).mtimeMs;
  if (!stale) return;
  const result = spawnSync('npx', ['vite', 'build', '--config', 'web/vite.config.ts', '--logLevel', 'warn'], {
    cwd: root,
    stdio: 'inherit',
  });
  if (result.status !== 0) throw new Error('e2e/global-setup: the web build failed');
}

async function waitForServer(url: string, server: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`e2e/global-setup: the server exited early:\n${output()}`);
    try {
      const response = await fetch(`${url}/api/v1/config`);
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`e2e/global-setup: the server did not start within 60 s:\n${output()}`);
}

/**
 * Builds the web client when its sources changed, starts `kring serve` on a fresh temporary
 * database with an administrator, and loads the demo region for that administrator.
 * Returns the teardown, which stops the server and removes the database.
 */
export default async function globalSetup(config: FullConfig): Promise<() => Promise<void>> {
  buildWebIfNeeded();
  const baseURL = config.projects[0]?.use.baseURL ?? 'http://127.0.0.1:4917';
  const dir = mkdtempSync(join(tmpdir(), 'kring-e2e-'));
  const env = {
    ...process.env,
    KRING_DATABASE_URL: `sqlite:${join(dir, 'kring-e2e.sqlite')}`,
    KRING_ADMIN_EMAIL: 'admin@kring.test',
    KRING_ADMIN_PASSWORD: 'correct-horse-battery',
    PORT: new URL(baseURL).port,
    HOST: '127.0.0.1',
    KRING_LOG_LEVEL: 'warn',
    // The tests sign in many times from one address.
    KRING_LOGIN_RATE_LIMIT: '1000',
  };
  let log = '';
  const server = spawn(process.execPath, ['bin/kring.js', 'serve'], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
  server.stdout?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  server.stderr?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  const stop = async () => {
    if (server.exitCode === null) {
      server.kill('SIGTERM');
      await new Promise((r) => server.once('exit', r));
    }
    rmSync(dir, { recursive: true, force: true });
  };
  // Tests that need the CLI (e.g. to create a second account) use the same database.
  process.env.KRING_E2E_DATABASE_URL = env.KRING_DATABASE_URL;
  try {
    await waitForServer(baseURL, server, () => log);
    const demo = spawnSync(process.execPath, ['bin/kring.js', 'demo', '--owner', 'admin@kring.test'], { cwd: root, env, encoding: 'utf8' });
    if (demo.status !== 0) throw new Error(`e2e/global-setup: loading the demo failed:\n${demo.stdout}${demo.stderr}`);
  } catch (error) {
    await stop();
    throw error;
  }
  return stop;
}
