/**
 * Load from wrk (Debian package `wrk`), a C load generator: it needs a fraction of the CPU
 * autocannon needs, which matters when the server and the load share two cores. One wrk
 * thread drives the 32 connections: a second would take CPU from the server it measures.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface LoadFigures {
  p50: number;
  p99: number;
  requestsPerSecond: number;
}

const script = fileURLToPath(new URL('./wrk-load.lua', import.meta.url));

/** True when wrk is installed. */
export function hasWrk(): boolean {
  return spawnSync('wrk', ['--version']).error === undefined;
}

/** Runs wrk against the paths for `seconds` with `clients` connections; fails on any non-2xx answer. */
export function loadWithWrk(
  origin: string,
  paths: string[],
  headers: { token: string; acceptEncoding: string },
  clients: number,
  seconds: number,
): LoadFigures {
  const folder = mkdtempSync(join(tmpdir(), 'kring-bench-'));
  try {
    const pathsFile = join(folder, 'paths.txt');
    writeFileSync(pathsFile, `${paths.join('\n')}\n`);
    const run = spawnSync('wrk', ['-t1', `-c${clients}`, `-d${seconds}s`, '--timeout', '10s', '-s', script, origin], {
      env: {
        ...process.env,
        KRING_BENCH_PATHS: pathsFile,
        KRING_BENCH_TOKEN: headers.token,
        KRING_BENCH_ACCEPT_ENCODING: headers.acceptEncoding,
      },
      encoding: 'utf8',
    });
    if (run.status !== 0) throw new Error(`bench: wrk failed: ${run.stderr || run.stdout}`);
    const json = run.stdout.split('\n').find((line) => line.startsWith('{'));
    if (!json) throw new Error(`bench: wrk printed no figures: ${run.stdout}`);
    const figures = JSON.parse(json) as {
      p50: number;
      p99: number;
      requests: number;
      durationMicroseconds: number;
      non2xx: number;
      errors: number;
    };
    if (figures.non2xx > 0 || figures.errors > 0) throw new Error(`bench: ${figures.non2xx} non-2xx answers and ${figures.errors} errors`);
    return { p50: figures.p50, p99: figures.p99, requestsPerSecond: figures.requests / (figures.durationMicroseconds / 1e6) };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
