import { execFileSync } from 'node:child_process';
import { getPriority } from 'node:os';
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { currentThreadId } from './thread-priority.ts';

/**
 * A worker thread that lowers its own priority with the helper and then starts a thread of
 * its own; both report their thread id and nice value.
 */
const lowering = `
const { parentPort, Worker } = require('node:worker_threads');
import('tsx/esm/api')
  .then(({ register }) => { register(); return import(${JSON.stringify(new URL('./thread-priority.ts', import.meta.url).href)}); })
  .then(({ currentThreadId, lowerThreadPriority }) => {
    const nice = lowerThreadPriority(10);
    const child = new Worker(
      "const { parentPort } = require('node:worker_threads'); const os = require('node:os'); const fs = require('node:fs');" +
        "const tid = Number(fs.readlinkSync('/proc/thread-self').split('/').at(-1)); parentPort.postMessage({ tid, nice: os.getPriority(tid) });",
      { eval: true },
    );
    child.once('message', (inherited) => parentPort.postMessage({ tid: currentThreadId(), nice, inherited }));
  });
`;

/** A process that lowers all its threads but the calling one, and reports every thread's nice value. */
const loweringOthers = `
import('tsx/esm/api')
  .then(({ register }) => { register(); return import(${JSON.stringify(new URL('./thread-priority.ts', import.meta.url).href)}); })
  .then(({ currentThreadId, lowerOtherThreadsPriority }) => {
    const os = require('node:os');
    const fs = require('node:fs');
    const lowered = lowerOtherThreadsPriority(10);
    const threads = fs.readdirSync('/proc/self/task').map((tid) => ({ tid: Number(tid), nice: os.getPriority(Number(tid)) }));
    console.log(JSON.stringify({ self: currentThreadId(), lowered, threads }));
  });
`;

interface Report {
  tid: number;
  nice: number;
  inherited: { tid: number; nice: number };
}

describe.runIf(process.platform === 'linux')('thread priority', () => {
  it('lowers only the calling thread, and the threads it starts inherit it', async () => {
    const mainTid = currentThreadId()!;
    const before = getPriority(mainTid);
    const worker = new Worker(lowering, { eval: true });
    const report = await new Promise<Report>((resolve, reject) => {
      worker.once('message', resolve);
      worker.once('error', reject);
    });
    await worker.terminate();

    expect(report.tid).not.toBe(mainTid);
    expect(report.nice).toBe(Math.max(before, 10));
    expect(report.inherited.tid).not.toBe(report.tid);
    expect(report.inherited.nice).toBe(report.nice);
    expect(getPriority(mainTid)).toBe(before);
    expect(getPriority(process.pid)).toBe(before);
  });

  it('lowers every other thread of the process, not the calling one', () => {
    const before = getPriority(process.pid);
    const output = execFileSync(process.execPath, ['-e', loweringOthers], { encoding: 'utf8' });
    const report = JSON.parse(output) as { self: number; lowered: number; threads: { tid: number; nice: number }[] };

    const others = report.threads.filter((thread) => thread.tid !== report.self);
    expect(others.length).toBeGreaterThan(0);
    expect(report.lowered).toBeGreaterThanOrEqual(others.length);
    for (const thread of others) expect(thread.nice).toBeGreaterThanOrEqual(10);
    expect(report.threads.find((thread) => thread.tid === report.self)?.nice).toBe(before);
  });
});
