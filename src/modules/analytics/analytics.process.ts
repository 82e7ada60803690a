/**
 * Entry of the analytics process (started through analytics.process-boot.js): holds the
 * computing and the querying worker thread and relays the server's messages to them.
 *
 * Why a process of its own rather than threads of the server: threads share one address
 * space and one pool of V8 helper threads. Reading a million relations allocates and frees
 * gigabytes, and while it did, the server thread's own memory calls (mmap, munmap, madvise,
 * made by every garbage collection) waited 8–18 ms each for the kernel's lock on that
 * address space, and its collections queued behind the analysis' collection work. In its own
 * process the analysis has its own address space and helpers, all on a lower priority.
 */
import { MessageChannel, Worker } from 'node:worker_threads';
import { lowerOtherThreadsPriority } from '../../lib/thread-priority.ts';
import { ANALYSIS_NICENESS, type FromAnalyticsProcess, type ToAnalyticsProcess, type WorkerSetup } from './analytics.protocol.ts';

/** A stopping worker that does not confirm within this is terminated. */
const STOP_TIMEOUT_MS = 2000;

if (!process.send) throw new Error('analytics.process: must be started with an IPC channel');
const send = (message: FromAnalyticsProcess) => process.send!(message);
// The helpers that exist now (V8's collection helpers, libuv's pool) work mostly for the
// computing worker; the querying worker's collections run on its own thread as well.
lowerOtherThreadsPriority(ANALYSIS_NICENESS);
// Ctrl-C reaches the whole process group; the server stops this process in its own order.
process.on('SIGINT', () => undefined);
// A server that is gone cannot be answered: leave with it.
process.on('disconnect', () => process.exit(0));

let workers: { compute: Worker; query: Worker } | undefined;
let stopping = false;

process.on('message', (message: ToAnalyticsProcess) => {
  if (message.type === 'start') workers = startWorkers(message.database);
  else if (message.type === 'stop') void stop();
  else workers?.[message.to].postMessage(message.message);
});

function startWorkers(database: WorkerSetup['database']): { compute: Worker; query: Worker } {
  const channel = new MessageChannel();
  const compute = spawn({ role: 'compute', database, port: channel.port1 });
  const query = spawn({ role: 'query', database, port: channel.port2 });
  compute.on('message', (message) => send({ from: 'compute', message }));
  query.on('message', (message) => send({ from: 'query', message }));
  return { compute, query };
}

function spawn(setup: WorkerSetup): Worker {
  const worker = new Worker(new URL('./analytics.worker-boot.js', import.meta.url), { workerData: setup, transferList: [setup.port] });
  // A worker that dies takes its work with it: say so and leave; the server starts afresh.
  const lost = (reason: string) => process.send!({ type: 'lost', message: reason } satisfies FromAnalyticsProcess, () => process.exit(1));
  worker.on('error', (error) => lost(error.message));
  worker.on('exit', (code) => {
    if (code !== 0 && !stopping) lost(`analytics: worker exited with ${code}`);
  });
  return worker;
}

/** Lets both workers close their database connections, then leaves. */
async function stop(): Promise<void> {
  stopping = true;
  if (workers) await Promise.all([stopWorker(workers.compute), stopWorker(workers.query)]);
  process.exit(0);
}

async function stopWorker(worker: Worker): Promise<void> {
  const stopped = new Promise<void>((resolve) => {
    worker.on('message', (message: { type: string }) => {
      if (message.type === 'stopped') resolve();
    });
    worker.once('exit', () => resolve());
  });
  worker.postMessage({ type: 'stop' });
  await Promise.race([stopped, new Promise((resolve) => setTimeout(resolve, STOP_TIMEOUT_MS).unref())]);
  await worker.terminate();
}
