/**
 * The worker threads of betweenness teams, kept warm between teams. A new worker costs about
 * 0.15 s before it answers (it loads the sources and compiles cold); one that served an
 * earlier team only needs the next graph. Idle workers hold no graph and do not keep the
 * process alive.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Graph } from '../graph.ts';
import type { BetweennessOptions } from '../metrics/centrality/betweenness.ts';

const MODULE = 'analytics/parallel/team-worker';

/** The options a worker's searches use. */
export type SearchOptions = Pick<BetweennessOptions, 'weighted' | 'directed' | 'renumber'>;

/** What a worker is sent: a graph, sources as often as needed, then the graph released. */
export type TeamMessage =
  | { readonly kind: 'graph'; readonly graph: Graph; readonly options: SearchOptions }
  | { readonly kind: 'sources'; readonly sources: Int32Array }
  | { readonly kind: 'release' };

/** What a worker sends back for each set of sources. */
export interface ShareResult {
  readonly sums: Float64Array;
  readonly squares: Float64Array;
  readonly sourceCount: number;
}

/** More idle workers than cores would never all be busy at once. */
const MOST_IDLE = Math.max(1, availableParallelism() - 1);

const idle: TeamWorker[] = [];

/** An idle worker, or a new one when none is left, given `graph` to search. */
export function borrowWorker(graph: Graph, options: SearchOptions): TeamWorker {
  let worker = idle.pop();
  while (worker?.failed) worker = idle.pop();
  worker ??= new TeamWorker();
  worker.load(graph, options);
  return worker;
}

/** Takes a worker back: it drops its graph and waits for the next team, or stops when enough wait. */
export async function giveBack(worker: TeamWorker): Promise<void> {
  if (worker.failed || worker.busy || idle.length >= MOST_IDLE) return worker.stop();
  worker.release();
  idle.push(worker);
}

/** How many workers wait warm (for tests). */
export function idleWorkerCount(): number {
  return idle.length;
}

/** One worker thread and the request it is answering (one at a time). */
export class TeamWorker {
  private readonly worker = new Worker(new URL('./betweenness.worker-boot.js', import.meta.url));
  private waiting: { resolve: (result: ShareResult) => void; reject: (error: Error) => void } | undefined;
  private failure: Error | undefined;

  constructor() {
    this.worker.on('message', (result: ShareResult) => {
      const waiting = this.waiting;
      this.waiting = undefined;
      waiting?.resolve(result);
    });
    this.worker.on('error', (error) => this.fail(new Error(`${MODULE}: a worker failed: ${error.message}`)));
    this.worker.on('exit', (code) => this.fail(new Error(`${MODULE}: a worker stopped (exit code ${code}) before answering`)));
  }

  get failed(): boolean {
    return this.failure !== undefined;
  }

  /** Still answering: a team that gave up on it (its own share failed) cannot pass it on. */
  get busy(): boolean {
    return this.waiting !== undefined;
  }

  load(graph: Graph, options: SearchOptions): void {
    this.worker.ref();
    this.worker.postMessage({ kind: 'graph', graph, options } satisfies TeamMessage);
  }

  sums(sources: Int32Array): Promise<ShareResult> {
    if (this.failure) return Promise.reject(this.failure);
    if (this.waiting) return Promise.reject(new Error(`${MODULE}: a worker was asked twice at once`));
    return new Promise((resolve, reject) => {
      this.waiting = { resolve, reject };
      this.worker.postMessage({ kind: 'sources', sources } satisfies TeamMessage);
    });
  }

  release(): void {
    this.worker.postMessage({ kind: 'release' } satisfies TeamMessage);
    this.worker.unref();
  }

  async stop(): Promise<void> {
    this.failure ??= new Error(`${MODULE}: the worker was stopped`);
    await this.worker.terminate();
  }

  private fail(error: Error): void {
    this.failure ??= error;
    const waiting = this.waiting;
    this.waiting = undefined;
    waiting?.reject(error);
  }
}
