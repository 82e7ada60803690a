/**
 * Analytics in the running server, on the API benchmark's workspace (100,000 people,
 * 1,000,000 relations): how long the first analysis takes, how fast influence queries answer
 * while it is served, and whether the event loop stays free meanwhile. A probe asks
 * `GET /health` every few milliseconds the whole time; its slowest answer bounds how long the
 * server's event loop was ever blocked (a blocked loop answers nothing). Then one relation
 * is added: the next request must get the previous analysis at once, marked stale, while the
 * new one computes.
 *
 *   npm run bench -- server-analytics [--database sqlite|postgres] [--projection people] [--queries 200]
 */
import { readFileSync, rmSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { ensureGenerated, startServer, BENCH_PORT } from './bench-server.ts';
import type { Dialect } from './targets.ts';

const PROBE_INTERVAL_MS = 5;
const POLL_MS = 250;

const { values } = parseArgs({
  options: {
    database: { type: 'string', default: 'sqlite' },
    projection: { type: 'string', default: 'people' },
    queries: { type: 'string', default: '200' },
  },
});
const dialect = values.database as Dialect;
if (dialect !== 'sqlite' && dialect !== 'postgres') throw new Error('bench/analytics-server: --database is sqlite or postgres');
const queries = Number(values.queries);

const info = ensureGenerated(dialect, false);
const base = `http://127.0.0.1:${BENCH_PORT}`;
const api = `${base}/api/v1/workspaces/${info.workspaceId}`;
const headers = { authorization: `Bearer ${info.token}` };

async function getJson(path: string): Promise<{ status: number; body: unknown; ms: number }> {
  const started = performance.now();
  const response = await fetch(`${api}${path}`, { headers });
  const body: unknown = await response.json();
  return { status: response.status, body, ms: performance.now() - started };
}

/** Asks /health (or another URL) back to back, with a short pause, until stopped; keeps each answer's time. */
function startProbe(url = `${base}/health`, init: RequestInit = {}, pauseMs = PROBE_INTERVAL_MS): { stop: () => Promise<number[]> } {
  const times: number[] = [];
  let running = true;
  const loop = (async () => {
    while (running) {
      const started = performance.now();
      const response = await fetch(url, init);
      await response.arrayBuffer();
      if (response.status !== 200) throw new Error(`bench/analytics-server: ${url} answered ${response.status}`);
      times.push(performance.now() - started);
      await new Promise((resolve) => setTimeout(resolve, pauseMs));
    }
  })();
  return {
    stop: async () => {
      running = false;
      await loop;
      return times;
    },
  };
}

function quantile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
}

function summary(times: number[]): string {
  const sorted = [...times].sort((a, b) => a - b);
  return `p50 ${quantile(sorted, 0.5).toFixed(1)} ms, p99 ${quantile(sorted, 0.99).toFixed(1)} ms, max ${(sorted.at(-1) ?? NaN).toFixed(1)} ms (${sorted.length} answers)`;
}

/** Polls the metrics until an analysis answers 200 and, when `fresh`, is not stale. */
async function waitForAnalysis(fresh: boolean): Promise<{ seconds: number; body: { stale?: boolean } }> {
  const started = performance.now();
  for (;;) {
    const answer = await getJson(`/analytics/metrics?projection=${values.projection}&sort=-betweenness&limit=20`);
    const body = answer.body as { stale?: boolean };
    if (answer.status === 200 && !(fresh && body.stale)) return { seconds: (performance.now() - started) / 1000, body };
    if (answer.status !== 200 && answer.status !== 503) throw new Error(`bench/analytics-server: metrics answered ${answer.status}`);
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}

const LOOP_FILE = 'data/bench-loop-delay.json';
const server = await startServer(dialect, { KRING_WORKERS: '1', KRING_BENCH_LOOP_FILE: LOOP_FILE }, ['./bench/loop-delay.js']);

interface LoopFigures {
  maxMs: number;
  p99Ms: number;
  gc: { longestMs: number; longestKind: string; longestFlags: number; totalMs: number };
  longest: { lateMs: number; runningMs: number; waitingMs: number };
}

/** The server's own event-loop delay since the last call, and its garbage collections (bench/loop-delay.js). */
async function loopDelay(): Promise<string> {
  rmSync(LOOP_FILE, { force: true });
  server.kill('SIGUSR2');
  for (let attempt = 0; attempt < 50; attempt += 1) {
    try {
      const { maxMs, p99Ms, gc, longest } = JSON.parse(readFileSync(LOOP_FILE, 'utf8')) as LoopFigures;
      const collections = `main-thread garbage collection: longest ${gc.longestMs.toFixed(1)} ms (${gc.longestKind}, flags ${gc.longestFlags}), ${gc.totalMs.toFixed(0)} ms in all`;
      const during = `longest tick ${longest.lateMs.toFixed(1)} ms late: ${longest.runningMs.toFixed(1)} ms running, ${longest.waitingMs.toFixed(1)} ms waiting for a core`;
      return `event-loop delay inside the server: p99 ${p99Ms.toFixed(1)} ms, max ${maxMs.toFixed(1)} ms (${collections}; ${during})`;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }
  throw new Error('bench/analytics-server: the server did not report its event-loop delay');
}

try {
  const people = (await getJson('/people?limit=100')).body as { data: { id: string }[] };
  const ids = people.data.map((person) => person.id);

  await loopDelay();
  let probe = startProbe();
  const first = await waitForAnalysis(false);
  const duringFirst = await probe.stop();
  console.log(`first analysis (${dialect}, projection ${values.projection}): ready after ${first.seconds.toFixed(1)} s`);
  console.log(`  /health while it computed: ${summary(duringFirst)}; ${await loopDelay()}`);

  probe = startProbe();
  const pathTimes: number[] = [];
  for (let q = 0; q < queries; q += 1) {
    const from = ids[q % ids.length]!;
    const to = ids[(q * 7 + 13) % ids.length]!;
    if (from === to) continue;
    const answer = await getJson(`/analytics/paths?projection=${values.projection}&from=${from}&to=${to}&k=3`);
    if (answer.status !== 200) throw new Error(`bench/analytics-server: paths answered ${answer.status}`);
    pathTimes.push(answer.ms);
  }
  const duringPaths = await probe.stop();
  console.log(`3 best paths, end to end: ${summary(pathTimes)}`);
  console.log(`  /health meanwhile: ${summary(duringPaths)}; ${await loopDelay()}`);

  const created = await fetch(`${api}/relations`, {
    method: 'POST',
    headers: { ...headers, 'content-type': 'application/json' },
    body: JSON.stringify({ from: ids[0], to: ids[1], type: 'works_with', strength: 3 }),
  });
  if (created.status !== 201) throw new Error(`bench/analytics-server: adding a relation answered ${created.status}`);
  probe = startProbe();
  const staleAnswer = await getJson(`/analytics/metrics?projection=${values.projection}&sort=-betweenness&limit=20`);
  const stale = (staleAnswer.body as { stale?: boolean }).stale;
  // Paths asked all through the recomputation, also while the new network is taken in.
  const pathProbe = startProbe(`${api}/analytics/paths?projection=${values.projection}&from=${ids[2]}&to=${ids[3]}&k=3`, { headers }, 50);
  const second = await waitForAnalysis(true);
  const duringSecond = await probe.stop();
  const pathsDuringSecond = await pathProbe.stop();
  console.log(
    `after a change: answered in ${staleAnswer.ms.toFixed(1)} ms with stale=${String(stale)}; new analysis after ${second.seconds.toFixed(1)} s`,
  );
  console.log(`  /health while it recomputed: ${summary(duringSecond)}; ${await loopDelay()}`);
  console.log(`  3 best paths while it recomputed: ${summary(pathsDuringSecond)}`);
} finally {
  server.kill();
}
