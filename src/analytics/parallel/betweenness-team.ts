/**
 * A team of worker threads for betweenness: each worker gets the graph once and then sums
 * Brandes's dependencies over whatever sources it is sent, as often as asked. Sources are
 * dealt round-robin into one share per thread (neighbouring ids often sit in the same
 * component, and dealing keeps the shares alike); the calling thread takes the first share
 * while the workers take theirs, and the sums are added. Keeping the workers between calls
 * spares a run in rounds (adaptive sampling) a worker start, a graph copy and a cold
 * compiler per round.
 */
import { Worker } from 'node:worker_threads';
import type { Graph } from '../graph.ts';
import { addBetweennessSums, betweennessSums, type BetweennessOptions, type BetweennessSums } from '../metrics/centrality/betweenness.ts';

const MODULE = 'analytics/parallel/betweenness-team';

/** The options a worker's searches use. */
export type SearchOptions = Pick<BetweennessOptions, 'weighted' | 'directed'>;

/** What a worker is sent: first the graph, then sources as often as needed. */
export type TeamMessage =
  | { readonly kind: 'graph'; readonly graph: Graph; readonly options: SearchOptions }
  | { readonly kind: 'sources'; readonly sources: Int32Array };

/** What a worker sends back for each set of sources. */
export interface ShareResult {
  readonly sums: Float64Array;
  readonly squares: Float64Array;
  readonly sourceCount: number;
}

export class BetweennessTeam {
  private closed = false;

  private constructor(
    private readonly graph: Graph,
    private readonly options: SearchOptions,
    private readonly workers: readonly TeamWorker[],
  ) {}

  /** Starts `threads − 1` workers (the calling thread is the last member) and sends each the graph. */
  static open(graph: Graph, options: SearchOptions, threads: number): BetweennessTeam {
    if (!(Number.isInteger(threads) && threads >= 1)) throw new Error(`${MODULE}: threads must be a positive integer, got ${threads}`);
    const workers = Array.from({ length: threads - 1 }, () => new TeamWorker(graph, options));
    return new BetweennessTeam(graph, options, workers);
  }

  /** Dependency sums over `sources`, split over the team. */
  async sums(sources: Int32Array): Promise<BetweennessSums> {
    if (this.closed) throw new Error(`${MODULE}: the team was closed`);
    const shares = deal(sources, Math.min(this.workers.length + 1, Math.max(1, sources.length)));
    const pending = shares.slice(1).map((share, i) => this.workers[i]!.sums(share));
    // The calling thread works on its share while the workers work on theirs.
    const own = betweennessSums(this.graph, shares[0]!, this.options);
    const results = await Promise.all(pending);
    return results.reduce<BetweennessSums>((total, result) => addBetweennessSums(total, { ...result }), own);
  }

  /** Stops the workers. */
  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.workers.map((worker) => worker.close()));
  }
}

/** Deals the sources round-robin into `count` shares. */
export function deal(sources: Int32Array, count: number): Int32Array[] {
  return Array.from({ length: count }, (_, share) => {
    const taken = new Int32Array(Math.max(0, Math.ceil((sources.length - share) / count)));
    for (let i = 0; i < taken.length; i += 1) taken[i] = sources[share + i * count]!;
    return taken;
  });
}

/** One worker thread and the request it is answering (one at a time). */
class TeamWorker {
  private readonly worker: Worker;
  private waiting: { resolve: (result: ShareResult) => void; reject: (error: Error) => void } | undefined;
  private failure: Error | undefined;

  constructor(graph: Graph, options: SearchOptions) {
    this.worker = new Worker(new URL('./betweenness.worker-boot.js', import.meta.url));
    this.worker.on('message', (result: ShareResult) => {
      const waiting = this.waiting;
      this.waiting = undefined;
      waiting?.resolve(result);
    });
    this.worker.on('error', (error) => this.fail(new Error(`${MODULE}: a worker failed: ${error.message}`)));
    this.worker.on('exit', (code) => this.fail(new Error(`${MODULE}: a worker stopped (exit code ${code}) before answering`)));
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

  async close(): Promise<void> {
    this.failure ??= new Error(`${MODULE}: the team was closed`);
    await this.worker.terminate();
  }

  private fail(error: Error): void {
    this.failure ??= error;
    const waiting = this.waiting;
    this.waiting = undefined;
    waiting?.reject(error);
  }
}
