/**
 * Preloaded into the server by the API benchmark (`node --import`, one server process): collects
 * the server's own time per request (its `Server-Timing: app;dur=…` header) while wrk loads it,
 * so an endpoint can be compared with its bare SQL under load, when the process never idles
 * between requests; and, for requests that had the process to themselves (one client), the
 * server's time beside the time of the SQL it ran in them (bench/statement-time.js). On SIGUSR2
 * it writes the medians and p99 (ms) and the counts of the requests answered since the last
 * signal, with a sequence number, to KRING_BENCH_SERVER_TIME_FILE, and starts again. Plain
 * JavaScript, like bench/loop-delay.js.
 */
import { subscribe } from 'node:diagnostics_channel';
import { renameSync, writeFileSync } from 'node:fs';
import process from 'node:process';
import { createHistogram } from 'node:perf_hooks';
import { isMainThread } from 'node:worker_threads';
import { onLoneRequest, statementMsSoFar, timeStatements } from './statement-time.js';

/**
 * The server's own time (ms) that a response's `Server-Timing: app;dur=…` header gives, read
 * from the header block as sent: headers that Fastify hands to `writeHead` all at once are not
 * kept for `getHeader`.
 */
function serverMs(response) {
  return Number(/\r\nserver-timing: app;dur=([\d.]+)/i.exec(response._header ?? '')?.[1]);
}

/** Microseconds as a whole number, at least 1, as the histograms take them. */
const micros = (ms) => Math.max(1, Math.round(ms * 1000));

const file = process.env.KRING_BENCH_SERVER_TIME_FILE;
if (isMainThread && file) {
  let times = createHistogram();
  let lone = { server: createHistogram(), sql: createHistogram() };
  let sequence = 0;
  let statementMsAtLastCall = 0;
  timeStatements();
  subscribe('http.server.response.finish', (message) => {
    const ms = serverMs(/** @type {{ response: import('node:http').ServerResponse }} */ (message).response);
    if (Number.isFinite(ms)) times.record(micros(ms));
  });
  onLoneRequest((sqlMs, response) => {
    const ms = serverMs(response);
    if (!Number.isFinite(ms)) return;
    lone.server.record(micros(ms));
    lone.sql.record(micros(sqlMs));
  });
  process.on('SIGUSR2', () => {
    sequence += 1;
    const count = times.count;
    // Written aside and renamed, so the benchmark never reads half a file.
    writeFileSync(
      `${file}.tmp`,
      JSON.stringify({
        sequence,
        count,
        p50Ms: count ? times.percentile(50) / 1000 : null,
        p99Ms: count ? times.percentile(99) / 1000 : null,
        // Means, to set the one against the other: the statements of requests under way overlap.
        meanMs: count ? times.mean / 1000 : null,
        statementMsPerRequest: count ? (statementMsSoFar() - statementMsAtLastCall) / count : null,
        alone: {
          count: lone.server.count,
          serverP50Ms: lone.server.count ? lone.server.percentile(50) / 1000 : null,
          sqlP50Ms: lone.sql.count ? lone.sql.percentile(50) / 1000 : null,
        },
      }),
    );
    renameSync(`${file}.tmp`, file);
    times = createHistogram();
    statementMsAtLastCall = statementMsSoFar();
    lone = { server: createHistogram(), sql: createHistogram() };
  });
}
