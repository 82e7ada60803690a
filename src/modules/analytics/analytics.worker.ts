/**
 * Entry of an analytics worker thread (started through analytics.worker-boot.js): the
 * role it was started with decides what it does; see analytics.protocol.ts.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { WorkerSetup } from './analytics.protocol.ts';
import { runComputeRole } from './compute-role.ts';
import { runQueryRole } from './query-role.ts';

const setup = workerData as WorkerSetup;
if (!parentPort) throw new Error('analytics.worker: must run in a worker thread');
if (setup.role === 'compute') runComputeRole(setup, parentPort);
else runQueryRole(setup, parentPort);
