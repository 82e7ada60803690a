/**
 * The scale benchmark: for SQLite and PostgreSQL, generates (once) a workspace with
 * 100,000 people and 1,000,000 relations, starts Kring in its own process, and measures
 * each endpoint at 32 concurrent clients (p50, p99, requests/s) and at one client against
 * the bare SQL it runs; with one server process, also the server's own time per request under
 * the load (bench/server-time.js), when it never idles between requests, and with one client the
 * time of the SQL it ran inside those requests (bench/statement-time.js). The load comes from wrk when it is installed (apt-get install wrk):
 * it uses far less CPU than autocannon, which shares the machine's cores with the server.
 *
 *   npm run bench -- api [--database sqlite|postgres|both] [--seconds 10] [--connections 32] [--workers 1]
 *                        [--loader wrk|autocannon] [--regenerate]
 */
import type { ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { parseDatabaseTarget } from '../src/config/config.ts';
import { openDatabase } from '../src/db/dialect.ts';
import { BENCH_PORT, ensureGenerated, startServer } from './bench-server.ts';
import { benchEndpoints, credentialCheck, type Endpoint } from './endpoints.ts';
import { hasWrk, loadWithWrk, type LoadFigures } from './wrk-load.ts';
import { measureReference } from './reference-server.ts';
import { median, TARGETS, type Dialect } from './targets.ts';

const PORT = BENCH_PORT;

const { values } = parseArgs({
  options: {
    database: { type: 'string', default: 'both' },
    seconds: { type: 'string', default: '10' },
    connections: { type: 'string', default: '32' },
    workers: { type: 'string', default: '1' },
    regenerate: { type: 'boolean', default: false },
    loader: { type: 'string', default: hasWrk() ? 'wrk' : 'autocannon' },
  },
});
const dialects: Dialect[] = values.database === 'both' ? ['sqlite', 'postgres'] : [values.database as Dialect];
const seconds = Number(values.seconds);
const connections = Number(values.connections);

async function loadWithAutocannon(endpoint: Endpoint, token: string, clients: number, duration: number): Promise<LoadFigures> {
  let i = 0;
  const result = await autocannon({
    url: `http://127.0.0.1:${PORT}`,
    connections: clients,
    duration,
    headers: requestHeaders(endpoint, token),
    requests: [{ setupRequest: (request) => ({ ...request, path: endpoint.paths[i++ % endpoint.paths.length]! }) }],
  });
  if (result.non2xx > 0 || result.errors > 0)
    throw new Error(`bench: ${endpoint.name} had ${result.non2xx} non-2xx answers and ${result.errors} errors`);
  return { p50: result.latency.p50, p99: result.latency.p99, requestsPerSecond: result.requests.average };
}

/** The headers every request to the endpoint sends, whichever client sends it. */
function requestHeaders(endpoint: Endpoint, token: string): { authorization: string; 'accept-encoding': string } {
  return { authorization: `Bearer ${token}`, 'accept-encoding': endpoint.acceptEncoding ?? 'identity' };
}

async function load(endpoint: Endpoint, token: string, clients: number, duration: number): Promise<LoadFigures> {
  return values.loader === 'wrk'
    ? loadWithWrk(
        `http://127.0.0.1:${PORT}`,
        endpoint.paths,
        { token, acceptEncoding: requestHeaders(endpoint, token)['accept-encoding'] },
        clients,
        duration,
      )
    : loadWithAutocannon(endpoint, token, clients, duration);
}

const SERVER_TIME_FILE = 'data/bench-server-time.json';
const ONE_CLIENT_WARM_UP_MS = 3000;
const ONE_CLIENT_REQUESTS = 1000;

/** What bench/server-time.js reports of the requests since the last call. */
interface ServerTime {
  p50Ms: number | null;
  count: number;
  /** The server's mean time per request, and the time its statements took per request. */
  meanMs: number | null;
  statementMsPerRequest: number | null;
  /** Requests that had the server to themselves: its time and the SQL's in them. */
  alone: { count: number; serverP50Ms: number | null; sqlP50Ms: number | null };
}
const measuresUnderLoad = values.workers === '1';

/**
 * The server's own time per request since the last call (bench/server-time.js): asks the
 * server for it with SIGUSR2 and waits for the file to be written anew.
 */
async function serverTimeSinceLastCall(server: ChildProcess): Promise<ServerTime> {
  const read = () => (existsSync(SERVER_TIME_FILE) ? JSON.parse(readFileSync(SERVER_TIME_FILE, 'utf8')) : { sequence: 0 });
  const before = read().sequence as number;
  server.kill('SIGUSR2');
  for (let attempt = 0; attempt < 200; attempt += 1) {
    const now = read();
    if (now.sequence > before) return now;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error('bench: the server did not report its time per request');
}

/**
 * One HTTP request, read (and decompressed) to the end; fails on anything but 200. Returns the
 * server's own time (Server-Timing).
 */
async function fetchOk(endpoint: Endpoint, path: string, token: string): Promise<number> {
  const response = await fetch(`http://127.0.0.1:${PORT}${path}`, { headers: requestHeaders(endpoint, token) });
  await response.arrayBuffer();
  if (response.status !== 200) throw new Error(`bench: ${path} answered ${response.status}`);
  return Number(/app;dur=([\d.]+)/.exec(response.headers.get('server-timing') ?? '')?.[1] ?? NaN);
}

// What the machine allows right now, before the endpoints (wrk only: autocannon loads differently).
const reference = values.loader === 'wrk' ? await measureReference(connections, seconds) : null;
const referenceLine =
  reference === null
    ? ''
    : `Machine reference, a bare node:http server answering a fixed 25 KB JSON page (bench/reference-server.ts): p50 ${reference.p50.toFixed(1)} ms, p99 ${reference.p99.toFixed(1)} ms, ${Math.round(reference.requestsPerSecond)} req/s.`;
if (reference !== null) console.log(referenceLine);

const rows: string[] = [];
for (const dialect of dialects) {
  const info = ensureGenerated(dialect, values.regenerate);
  const db = openDatabase(parseDatabaseTarget(TARGETS[dialect]));
  const endpoints = await benchEndpoints(db, info.workspaceId);
  const credential = credentialCheck(info.workspaceId, info.token, db);
  // With one process the server reports its own time per request under load; with more, the
  // signal would reach only the primary.
  rmSync(SERVER_TIME_FILE, { force: true }); // a new server counts from the start
  const server = measuresUnderLoad
    ? await startServer(dialect, { KRING_WORKERS: values.workers, KRING_BENCH_SERVER_TIME_FILE: SERVER_TIME_FILE }, [
        './bench/server-time.js',
      ])
    : await startServer(dialect, { KRING_WORKERS: values.workers });
  try {
    for (const endpoint of endpoints) {
      await load(endpoint, info.token, connections, 2); // warm-up
      if (measuresUnderLoad) await serverTimeSinceLastCall(server);
      const loaded = await load(endpoint, info.token, connections, seconds);
      const loadTime = measuresUnderLoad ? await serverTimeSinceLastCall(server) : null;
      const underLoad = loadTime?.p50Ms ?? null;
      // One client gets its own warm-up: after the load, V8 goes on optimising the server's code
      // for one request at a time for a few thousand requests, and until it has, the server's
      // time per request is up to twice what it settles at.
      const warmUpUntil = performance.now() + ONE_CLIENT_WARM_UP_MS;
      for (let i = 0; performance.now() < warmUpUntil; i += 1)
        await fetchOk(endpoint, endpoint.paths[i % endpoint.paths.length]!, info.token);
      if (measuresUnderLoad) await serverTimeSinceLastCall(server);
      const serverTimes: number[] = [];
      const single = await median(
        async (i) => serverTimes.push(await fetchOk(endpoint, endpoint.paths[i % endpoint.paths.length]!, info.token)),
        ONE_CLIENT_REQUESTS,
      );
      const inServer = serverTimes.sort((a, b) => a - b)[Math.floor(serverTimes.length / 2)]!;
      // The SQL as the server ran it in those requests, waking from idle as they did.
      const alone = measuresUnderLoad ? (await serverTimeSinceLastCall(server)).alone : null;
      const sqlInRequest = alone?.sqlP50Ms ?? null;
      const sql = await median(endpoint.sql);
      // Everything the endpoint asks the database: its own query, with the credential check.
      const allSql = await median((i) => endpoint.sql(i, credential()));
      const line = [
        dialect,
        endpoint.name,
        loaded.p50.toFixed(1),
        loaded.p99.toFixed(1),
        Math.round(loaded.requestsPerSecond).toString(),
        single.toFixed(2),
        inServer.toFixed(2),
        underLoad === null ? '—' : underLoad.toFixed(2),
        sql.toFixed(2),
        allSql.toFixed(2),
        (inServer / Math.max(allSql, 0.01)).toFixed(1),
        sqlInRequest === null ? '—' : sqlInRequest.toFixed(3),
        sqlInRequest === null || alone?.serverP50Ms == null ? '—' : (alone.serverP50Ms / Math.max(sqlInRequest, 0.001)).toFixed(1),
        // On PostgreSQL the time under load includes waiting for a pooled connection and for the
        // database's processes on the same cores: not the server's own work to compare.
        underLoad === null || dialect !== 'sqlite' ? '—' : (underLoad / Math.max(allSql, 0.01)).toFixed(1),
        loadTime?.meanMs == null || !loadTime.statementMsPerRequest
          ? '—'
          : `${loadTime.meanMs.toFixed(2)} / ${loadTime.statementMsPerRequest.toFixed(2)} = ${(loadTime.meanMs / loadTime.statementMsPerRequest).toFixed(1)}`,
      ];
      rows.push(`| ${line.join(' | ')} |`);
      console.log(rows[rows.length - 1]);
    }
  } finally {
    server.kill();
    await db.close();
  }
}

const table = [
  `Kring scale benchmark — ${new Date().toISOString().slice(0, 10)}, ${connections} clients, ${seconds} s per endpoint, ${values.workers} server process(es), load from ${values.loader} (100,000 people, 1,000,000 relations)`,
  ...(referenceLine ? ['', referenceLine] : []),
  '',
  '| database | endpoint | p50 ms | p99 ms | req/s | 1 client p50 ms | in server p50 ms | in server under load p50 ms | bare SQL p50 ms | with credential check p50 ms | server / SQL | SQL in the request, one client p50 ms | server / its SQL, one client | under load / SQL | under load, means: in server / its SQL ms |',
  '|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|',
  ...rows,
].join('\n');
mkdirSync('data', { recursive: true });
const output = `data/bench-results-${values.workers}w.md`;
writeFileSync(output, `${table}\n`);
console.log(`\n${table}\n\nWritten to ${output}.`);
