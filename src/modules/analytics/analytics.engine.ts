/**
 * The server's side of analytics: reaches the analytics process (analytics.process.ts, with
 * its computing and querying worker threads) when first needed — its own, or the one its
 * cluster primary shares (analytics.link.ts) — knows which analysis per workspace and
 * projection is the latest (the querying worker holds it), and decides what a request gets.
 *
 * - The database's network version says whether an analysis is current; a request that
 *   finds it behind starts a recomputation and is answered at once with the analysis it
 *   has, marked stale. Only when there is none yet does a request wait, at most
 *   `FIRST_WAIT_MS`, after which it gets 503 with Retry-After.
 * - An analysis is also stale on a later day: relations and affiliations end on dates.
 */
import cluster from 'node:cluster';
import type { Logger } from 'pino';
import type { DatabaseTarget } from '../../config/config.ts';
import type { Db } from '../../db/dialect.ts';
import { HttpError } from '../../http/errors.ts';
import { todayIso } from '../../lib/clock.ts';
import type { AnalysisDone } from './analysis.types.ts';
import {
  keyOf,
  type AnalysisKey,
  type FromComputeWorker,
  type FromQueryWorker,
  type NetworkStamp,
  type ToAnalyticsProcess,
} from './analytics.protocol.ts';
import { ClusterLink, ProcessLink, type AnalyticsLink, type LinkEvents } from './analytics.link.ts';
import { readNetworkVersion } from './network-version.repository.ts';

/** How long the first request for a workspace waits for its first analysis. */
export const FIRST_WAIT_MS = 3000;
/** How often a query for a network still on its way to the querying worker is asked again. */
const NOT_READY_RETRY_MS = 20;

/** The analysis answered, and whether a newer network is being analysed. */
export interface Served<T> {
  value: T;
  stale: boolean;
}

interface Entry {
  analysis?: AnalysisDone;
  /** The recomputation under way, with the version it was started for. */
  running?: { version: number; onDate: string; done: Promise<AnalysisDone> };
}

interface Pending {
  resolve: (value: { stamp: NetworkStamp; result: unknown }) => void;
  reject: (error: Error) => void;
}

export const notReady = (seconds: number) =>
  new HttpError(503, 'analytics_not_ready', 'Analytics not ready', 'The network is being analysed for the first time; try again shortly.', {
    headers: { 'Retry-After': String(seconds) },
  });

export class AnalyticsEngine {
  private link?: AnalyticsLink;
  private readonly entries = new Map<string, Entry>();
  private readonly waiting = new Map<string, { resolve: (done: AnalysisDone) => void; reject: (e: Error) => void }>();
  private readonly pending = new Map<number, Pending>();
  private nextQueryId = 1;
  private closed = false;

  constructor(
    private readonly db: Db,
    private readonly target: DatabaseTarget,
    private readonly logger: Logger,
  ) {}

  /** The latest analysis of the key: current, or stale while a new one is computed. */
  async analysis(key: AnalysisKey): Promise<Served<AnalysisDone>> {
    return (await this.latest(key)).served;
  }

  /** The latest analysis, and the network version and day it is measured against. */
  private async latest(key: AnalysisKey): Promise<{ served: Served<AnalysisDone>; now: Pick<NetworkStamp, 'networkVersion' | 'onDate'> }> {
    const now = { networkVersion: await readNetworkVersion(this.db.kysely, key.workspaceId), onDate: todayIso() };
    const entry = this.entryOf(key);
    const current = entry.analysis;
    if (current && !isBehind(current, now)) return { served: { value: current, stale: false }, now };
    const running = this.recompute(key, entry, now.networkVersion, now.onDate);
    if (current) return { served: { value: current, stale: true }, now };
    // Another server's analysis may answer first (analytics.hub.ts), older than this version.
    const first = await withinFirstWait(running);
    return { served: { value: first, stale: first.networkVersion < now.networkVersion }, now };
  }

  /**
   * Runs an influence query on the kept network of the key. The analysis is brought up to
   * date first (as for `analysis`), so a query is never answered on a network older than
   * the analysis that the same request could see.
   */
  async query<T>(key: AnalysisKey, operation: string, input: unknown): Promise<Served<T> & { stamp: NetworkStamp }> {
    const { now } = await this.latest(key);
    // The first network reaches the querying worker over its own channel and is decoded
    // there, which may end just after a query that follows the first analysis: ask again
    // briefly, then answer as if the analysis were not ready.
    for (let attempt = 1; ; attempt += 1) {
      try {
        const { stamp, result } = await this.ask(key, operation, input);
        // The network that answered may already be the new one, computed since the request began.
        return { value: result as T, stamp, stale: isBehind(stamp, now) };
      } catch (error) {
        if (!(error instanceof QueryFailed && error.code === 'not_ready')) throw error;
        if (attempt * NOT_READY_RETRY_MS >= FIRST_WAIT_MS) throw notReady(Math.ceil(FIRST_WAIT_MS / 1000));
        await new Promise((resolve) => setTimeout(resolve, NOT_READY_RETRY_MS));
      }
    }
  }

  /** The id of the analytics process this server started, while it runs. */
  get processId(): number | undefined {
    return this.link?.processId;
  }

  /** Stops the analytics process; its workers' database connections close with them. */
  async close(): Promise<void> {
    this.closed = true;
    const failure = new Error('analytics: shutting down');
    for (const waiter of this.waiting.values()) waiter.reject(failure);
    for (const pending of this.pending.values()) pending.reject(failure);
    this.waiting.clear();
    this.pending.clear();
    await this.link?.close();
    this.link = undefined;
  }

  private entryOf(key: AnalysisKey): Entry {
    let entry = this.entries.get(keyOf(key));
    if (!entry) this.entries.set(keyOf(key), (entry = {}));
    return entry;
  }

  /** Starts a recomputation unless one for this version and date is under way. */
  private recompute(key: AnalysisKey, entry: Entry, version: number, onDate: string): Promise<AnalysisDone> {
    if (entry.running && entry.running.version >= version && entry.running.onDate === onDate) return entry.running.done;
    // One computation per key at a time: a newer version waits for the running one to end.
    const before = entry.running?.done.catch(() => undefined) ?? Promise.resolve();
    const done = before.then(() => this.compute(key, onDate));
    const running = { version, onDate, done };
    entry.running = running;
    done.then(
      (analysis) => {
        if (!entry.analysis || analysis.networkVersion >= entry.analysis.networkVersion) entry.analysis = analysis;
        if (entry.running === running) entry.running = undefined;
        this.logger.info({ analysis: keyOf(key), nodes: analysis.nodeCount, ...analysis.timings }, 'network analysed');
      },
      (error: Error) => {
        if (entry.running === running) entry.running = undefined;
        if (!this.closed) this.logger.error({ analysis: keyOf(key), err: { message: error.message } }, 'network analysis failed');
      },
    );
    return done;
  }

  private compute(key: AnalysisKey, onDate: string): Promise<AnalysisDone> {
    if (this.closed) return Promise.reject(new Error('analytics: shut down'));
    return new Promise<AnalysisDone>((resolve, reject) => {
      this.waiting.set(keyOf(key), { resolve, reject });
      this.send({ type: 'relay', to: 'compute', message: { type: 'compute', key, onDate } });
    });
  }

  private ask(key: AnalysisKey, operation: string, input: unknown): Promise<{ stamp: NetworkStamp; result: unknown }> {
    const id = this.nextQueryId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.send({ type: 'relay', to: 'query', message: { type: 'query', id, key, operation, input } });
    });
  }

  /** Sends a message to the analytics process, reaching it first when not linked yet. */
  private send(message: ToAnalyticsProcess): void {
    this.link ??= this.openLink();
    this.link.send(message);
  }

  private openLink(): AnalyticsLink {
    const events: LinkEvents = {
      message: (message) => (message.from === 'compute' ? this.onComputed(message.message) : this.onAnswer(message.message)),
      lost: (error) => this.onLinkLost(link, error),
    };
    const link = cluster.isWorker ? new ClusterLink(events) : new ProcessLink(this.target, events);
    return link;
  }

  /** A process that dies takes its pending work and its analyses with it; the next request starts afresh. */
  private onLinkLost(link: AnalyticsLink, error: Error): void {
    if (this.link !== link || this.closed) return;
    this.logger.error({ err: { message: error.message } }, 'analytics process lost');
    for (const waiter of this.waiting.values()) waiter.reject(error);
    for (const pending of this.pending.values()) pending.reject(error);
    this.waiting.clear();
    this.pending.clear();
    this.entries.clear();
    this.link = undefined;
  }

  private onComputed(message: FromComputeWorker): void {
    if (message.type === 'stopped') return;
    const waiter = this.waiting.get(keyOf(message.key));
    this.waiting.delete(keyOf(message.key));
    if (message.type === 'computed') waiter?.resolve(message.done);
    else waiter?.reject(new Error(message.message));
  }

  private onAnswer(message: FromQueryWorker): void {
    if (message.type === 'stopped') return;
    const pending = this.pending.get(message.id);
    this.pending.delete(message.id);
    if (!pending) return;
    if (message.type === 'answer') pending.resolve({ stamp: message.stamp, result: message.result });
    else pending.reject(new QueryFailed(message.code, message.message));
  }
}

/** A query the worker could not answer: its node is unknown, the network not there yet, or it failed. */
export class QueryFailed extends Error {
  constructor(
    readonly code: 'not_ready' | 'not_found' | 'failed',
    message: string,
  ) {
    super(message);
    this.name = 'QueryFailed';
  }
}

/** The first analysis if it arrives within the first wait, else 503 (the computation goes on). */
async function withinFirstWait(running: Promise<AnalysisDone>): Promise<AnalysisDone> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(notReady(Math.ceil(FIRST_WAIT_MS / 1000))), FIRST_WAIT_MS);
  });
  try {
    return await Promise.race([running, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** Was this measured on an older network, or on an earlier day, than `now`? */
function isBehind(
  measured: Pick<NetworkStamp, 'networkVersion' | 'onDate'>,
  now: Pick<NetworkStamp, 'networkVersion' | 'onDate'>,
): boolean {
  return measured.networkVersion < now.networkVersion || measured.onDate !== now.onDate;
}
