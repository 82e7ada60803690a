/**
 * How a server reaches the analytics process: a process of its own, started on first use
 * (`ProcessLink`), or — in a worker of `KRING_WORKERS` — the one the primary holds for all
 * its workers (`ClusterLink`, answered by analytics.hub.ts), so N server processes share one
 * analysis per network instead of computing it N times.
 */
import { fork, type ChildProcess } from 'node:child_process';
import type { DatabaseTarget } from '../../config/config.ts';
import type { FromAnalyticsProcess, ToAnalyticsProcess } from './analytics.protocol.ts';

/** An analytics process that has not stopped within this (its workers get 2 s) is killed. */
const STOP_TIMEOUT_MS = 3000;

/** The messages a link delivers: a worker's message, or that the analytics process was lost. */
export interface LinkEvents {
  message(message: Exclude<FromAnalyticsProcess, { type: 'lost' }>): void;
  lost(error: Error): void;
}

export interface AnalyticsLink {
  send(message: ToAnalyticsProcess): void;
  /** Stops listening; a process link also stops its process. */
  close(): Promise<void>;
  /** The analytics process' id when this link started it. */
  readonly processId: number | undefined;
}

/** Starts an analytics process (analytics.process.ts) and carries messages to and from it. */
export class ProcessLink implements AnalyticsLink {
  private readonly child: ChildProcess;
  private ended = false;

  constructor(target: DatabaseTarget, events: LinkEvents) {
    // Without the server's own flags (inspector, profiler, loaders): the boot module loads tsx.
    const child = fork(new URL('./analytics.process-boot.js', import.meta.url), [], { execArgv: [], serialization: 'advanced' });
    const lost = (error: Error) => {
      if (this.ended) return;
      this.ended = true;
      child.kill('SIGKILL');
      events.lost(error);
    };
    child.on('message', (message: FromAnalyticsProcess) => {
      if (message.type === 'lost') lost(new Error(message.message));
      else events.message(message);
    });
    child.on('error', lost);
    child.on('exit', (code, signal) => lost(new Error(`analytics: process exited with ${signal ?? code}`)));
    // Never what keeps the server alive: its own handles do that.
    child.unref();
    child.channel?.unref();
    // The connection settings go over the channel, not the command line other users can read.
    child.send({ type: 'start', database: target } satisfies ToAnalyticsProcess);
    this.child = child;
  }

  get processId(): number | undefined {
    return this.ended ? undefined : this.child.pid;
  }

  send(message: ToAnalyticsProcess): void {
    this.child.send(message);
  }

  /** Asks the process to stop its workers and leave; kills it when it does not in time. */
  async close(): Promise<void> {
    if (this.ended) return;
    this.ended = true;
    const child = this.child;
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    if (child.connected) child.send({ type: 'stop' } satisfies ToAnalyticsProcess);
    const timer = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS);
    await exited;
    clearTimeout(timer);
  }
}

/** A message between a cluster worker and the analytics hub of its primary. */
export interface HubEnvelope<M> {
  kringAnalytics: M;
}

export const isHubEnvelope = <M>(value: unknown): value is HubEnvelope<M> =>
  typeof value === 'object' && value !== null && 'kringAnalytics' in value;

/** In a cluster worker: the analytics process of the primary, reached through the cluster's channel. */
export class ClusterLink implements AnalyticsLink {
  readonly processId = undefined;
  private readonly listener: (message: unknown) => void;

  constructor(events: LinkEvents) {
    this.listener = (message) => {
      if (!isHubEnvelope<FromAnalyticsProcess>(message)) return;
      const inner = message.kringAnalytics;
      if (inner.type !== 'lost') return events.message(inner);
      process.off('message', this.listener);
      events.lost(new Error(inner.message));
    };
    process.on('message', this.listener);
  }

  send(message: ToAnalyticsProcess): void {
    process.send!({ kringAnalytics: message } satisfies HubEnvelope<ToAnalyticsProcess>);
  }

  async close(): Promise<void> {
    process.off('message', this.listener);
  }
}
