/**
 * Preloaded into the server by the server analytics benchmark (`node --import`): measures the
 * main thread's event-loop delay from inside, which a probe from outside cannot tell apart
 * from a busy machine not scheduling the thread. On SIGUSR2 it writes the delays seen since
 * the last signal (max and p99, in ms), with the main thread's garbage collections meanwhile
 * (the longest, in ms, and their total), to KRING_BENCH_LOOP_FILE and starts again. A delay
 * far above the longest collection is the thread waiting for a core. Plain
 * JavaScript: worker threads inherit the preload but not a TypeScript loader.
 */
import { writeFileSync } from 'node:fs';
import process from 'node:process';
import { monitorEventLoopDelay, PerformanceObserver } from 'node:perf_hooks';
import { isMainThread } from 'node:worker_threads';

const file = process.env.KRING_BENCH_LOOP_FILE;
if (isMainThread && file) {
  const delays = monitorEventLoopDelay({ resolution: 5 });
  delays.enable();
  let gc = { longestMs: 0, totalMs: 0 };
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      gc.longestMs = Math.max(gc.longestMs, entry.duration);
      gc.totalMs += entry.duration;
    }
  }).observe({ entryTypes: ['gc'] });
  process.on('SIGUSR2', () => {
    writeFileSync(file, JSON.stringify({ maxMs: delays.max / 1e6, p99Ms: delays.percentile(99) / 1e6, gc }));
    delays.reset();
    gc = { longestMs: 0, totalMs: 0 };
  });
}
