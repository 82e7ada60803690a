/**
 * Preloaded into the server by the server analytics benchmark (`node --import`): measures the
 * main thread's event-loop delay from inside, which a probe from outside cannot tell apart
 * from a busy machine not scheduling the thread. On SIGUSR2 it writes the delays seen since
 * the last signal (max and p99, in ms), with the main thread's garbage collections meanwhile
 * (the longest, in ms, and their total) and what the thread did during its longest delay
 * (running, or waiting for a core, from the kernel's /proc/thread-self/schedstat) to
 * KRING_BENCH_LOOP_FILE and starts again. Plain
 * JavaScript: worker threads inherit the preload but not a TypeScript loader.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import process from 'node:process';
import { monitorEventLoopDelay, performance, PerformanceObserver } from 'node:perf_hooks';
import { setInterval } from 'node:timers';
import { isMainThread } from 'node:worker_threads';

const file = process.env.KRING_BENCH_LOOP_FILE;
const TICK_MS = 5;
/** perf_hooks' gc entry kinds. */
const GC_KINDS = { 1: 'minor', 2: 'major', 4: 'incremental', 8: 'weak callbacks' };
if (isMainThread && file) {
  const delays = monitorEventLoopDelay({ resolution: TICK_MS });
  delays.enable();
  const none = () => ({ longestMs: 0, longestKind: '', longestFlags: 0, totalMs: 0 });
  let gc = none();
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      gc.totalMs += entry.duration;
      if (entry.duration <= gc.longestMs) continue;
      const { kind, flags } = /** @type {{ kind: number, flags: number }} */ (entry.detail);
      Object.assign(gc, { longestMs: entry.duration, longestKind: GC_KINDS[kind] ?? String(kind), longestFlags: flags });
    }
  }).observe({ entryTypes: ['gc'] });
  // Nanoseconds on a core and waiting for one, per the kernel (Linux only).
  const schedstat = () => readFileSync('/proc/thread-self/schedstat', 'utf8').split(' ').map(Number);
  let longest = { lateMs: 0, runningMs: 0, waitingMs: 0 };
  let last = { at: performance.now(), stat: schedstat() };
  setInterval(() => {
    const now = { at: performance.now(), stat: schedstat() };
    const lateMs = now.at - last.at - TICK_MS;
    if (lateMs > longest.lateMs) {
      longest = { lateMs, runningMs: (now.stat[0] - last.stat[0]) / 1e6, waitingMs: (now.stat[1] - last.stat[1]) / 1e6 };
    }
    last = now;
  }, TICK_MS).unref();
  process.on('SIGUSR2', () => {
    writeFileSync(file, JSON.stringify({ maxMs: delays.max / 1e6, p99Ms: delays.percentile(99) / 1e6, gc, longest }));
    delays.reset();
    gc = none();
    longest = { lateMs: 0, runningMs: 0, waitingMs: 0 };
  });
}
