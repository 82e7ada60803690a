/**
 * What the server benchmarks share: the generated 100,000-person workspace of each database
 * (made once, then reused) and a Kring server started on it in a process of its own.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { copyFileSync, existsSync, readFileSync } from 'node:fs';
import { TARGETS, type Dialect } from './targets.ts';

export const BENCH_PORT = 4990;

/** The benchmark workspace and an API token of its owner. */
export interface BenchInfo {
  workspaceId: string;
  token: string;
}

/** Generates the benchmark network of `dialect` when it is missing (or when asked to), and says where it is. */
export function ensureGenerated(dialect: Dialect, regenerate: boolean): BenchInfo {
  const file = `data/bench-${dialect}.json`;
  if (regenerate || !existsSync(file)) {
    console.log(`Generating the ${dialect} benchmark network (100,000 people, 1,000,000 relations)…`);
    const result = spawnSync(process.execPath, ['--import', 'tsx', 'bench/generate.ts', '--database', TARGETS[dialect], '--fresh'], {
      stdio: 'inherit',
    });
    if (result.status !== 0) throw new Error(`bench: generating the ${dialect} network failed`);
    copyFileSync('data/bench.json', file);
  }
  return JSON.parse(readFileSync(file, 'utf8')) as BenchInfo;
}

/** Starts `kring serve` on the benchmark database (with modules to `--import` first; one process unless `env` says otherwise) and waits until /health answers. */
export async function startServer(dialect: Dialect, env: Record<string, string> = {}, preload: string[] = []): Promise<ChildProcess> {
  const server = spawn(process.execPath, [...preload.flatMap((module) => ['--import', module]), 'bin/kring.js', 'serve'], {
    env: {
      ...process.env,
      PORT: String(BENCH_PORT),
      KRING_DATABASE_URL: TARGETS[dialect],
      KRING_LOG_LEVEL: 'warn',
      KRING_WORKERS: '1',
      ...env,
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  for (let attempt = 0; attempt < 100; attempt += 1) {
    try {
      if ((await fetch(`http://127.0.0.1:${BENCH_PORT}/health`)).ok) return server;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  server.kill();
  throw new Error('bench: the server did not start');
}

/** What one client measured: the durations of its requests (ms, sorted) and the last answer. */
export interface OneClientTimes {
  p50: number;
  max: number;
  body: ArrayBuffer;
}

/**
 * GETs `path` of the benchmark server one request after another, as the owner of the workspace,
 * uncompressed: `warmUp` requests unmeasured, then `requests` measured ones. Any answer but 200
 * stops the benchmark.
 */
export async function timeOneClient(path: string, token: string, requests: number, warmUp: number): Promise<OneClientTimes> {
  const headers = { authorization: `Bearer ${token}`, 'accept-encoding': 'identity' };
  const times: number[] = [];
  let body = new ArrayBuffer(0);
  for (let i = -warmUp; i < requests; i += 1) {
    const start = performance.now();
    const response = await fetch(`http://127.0.0.1:${BENCH_PORT}${path}`, { headers });
    body = await response.arrayBuffer();
    if (response.status !== 200) throw new Error(`bench: ${path} answered ${response.status}`);
    if (i >= 0) times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return { p50: times[Math.floor(times.length / 2)]!, max: times[times.length - 1]!, body };
}
