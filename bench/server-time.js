/**
 * Preloaded into the server by the API benchmark (`node --import`, one server process): collects
 * the server's own time per request (its `Server-Timing: app;dur=…` header) while wrk loads it,
 * so an endpoint can be compared with its bare SQL under load, when the process never idles
 * between requests. On SIGUSR2 it writes the median and p99 (ms) and the count of the requests
 * answered since the last signal, with a sequence number, to KRING_BENCH_SERVER_TIME_FILE, and
 * starts again. Plain JavaScript, like bench/loop-delay.js.
 */
import { subscribe } from 'node:diagnostics_channel';
import { renameSync, writeFileSync } from 'node:fs';
import process from 'node:process';
import { createHistogram } from 'node:perf_hooks';
import { isMainThread } from 'node:worker_threads';

const file = process.env.KRING_BENCH_SERVER_TIME_FILE;
if (isMainThread && file) {
  /** Microseconds, as whole numbers. */
  let times = createHistogram();
  let sequence = 0;
  subscribe('http.server.response.finish', (message) => {
    const header = String(
      /** @type {{ response: import('node:http').ServerResponse }} */ (message).response.getHeader('server-timing') ?? '',
    );
    const ms = Number(/app;dur=([\d.]+)/.exec(header)?.[1]);
    if (Number.isFinite(ms)) times.record(Math.max(1, Math.round(ms * 1000)));
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
      }),
    );
    renameSync(`${file}.tmp`, file);
    times = createHistogram();
  });
}
