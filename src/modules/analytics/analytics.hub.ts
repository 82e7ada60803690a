/**
 * In the primary of `KRING_WORKERS`: one analytics process for all the worker processes.
 * Each worker's engine still decides per request (analytics.engine.ts); the hub carries its
 * messages to the shared process and routes the answers back — a query's answer to the
 * worker that asked, a finished analysis to every worker. An analysis already being computed
 * is not asked for again, so N workers that see the same change compute it once.
 */
import cluster, { type Worker } from 'node:cluster';
import type { Logger } from 'pino';
import type { DatabaseTarget } from '../../config/config.ts';
import { isHubEnvelope, ProcessLink, type HubEnvelope } from './analytics.link.ts';
import { keyOf, type FromAnalyticsProcess, type ToAnalyticsProcess } from './analytics.protocol.ts';

export interface AnalyticsHub {
  /** Stops the shared analytics process, if it runs. */
  close(): Promise<void>;
}

export function startAnalyticsHub(target: DatabaseTarget, logger: Logger): AnalyticsHub {
  let link: ProcessLink | undefined;
  /** The hub's query ids, with the worker that asked and the id it used. */
  const askedBy = new Map<number, { worker: Worker; id: number }>();
  let nextQueryId = 1;
  /** The analyses under way, by key. */
  const computing = new Set<string>();

  const deliver = (worker: Worker | undefined, message: FromAnalyticsProcess) => {
    if (worker?.isConnected()) worker.send({ kringAnalytics: message } satisfies HubEnvelope<FromAnalyticsProcess>);
  };
  const broadcast = (message: FromAnalyticsProcess) => {
    for (const worker of Object.values(cluster.workers ?? {})) deliver(worker, message);
  };

  const open = (): ProcessLink =>
    (link ??= new ProcessLink(target, {
      message: (message) => {
        if (message.from === 'compute') {
          if (message.message.type === 'stopped') return;
          computing.delete(keyOf(message.message.key));
          broadcast(message);
          return;
        }
        if (message.message.type === 'stopped') return;
        const asker = askedBy.get(message.message.id);
        askedBy.delete(message.message.id);
        if (asker) deliver(asker.worker, { from: 'query', message: { ...message.message, id: asker.id } });
      },
      lost: (error) => {
        logger.error({ err: { message: error.message } }, 'analytics process lost');
        link = undefined;
        askedBy.clear();
        computing.clear();
        broadcast({ type: 'lost', message: error.message });
      },
    }));

  const onWorkerMessage = (worker: Worker, envelope: unknown) => {
    if (!isHubEnvelope<ToAnalyticsProcess>(envelope)) return;
    const message = envelope.kringAnalytics;
    // Starting and stopping the shared process is the primary's business.
    if (message.type !== 'relay') return;
    if (message.to === 'query') {
      if (message.message.type !== 'query') return;
      const id = nextQueryId++;
      askedBy.set(id, { worker, id: message.message.id });
      open().send({ ...message, message: { ...message.message, id } });
      return;
    }
    if (message.message.type !== 'compute') return;
    const key = keyOf(message.message.key);
    if (computing.has(key)) return;
    computing.add(key);
    open().send(message);
  };
  cluster.on('message', onWorkerMessage);

  return {
    async close() {
      cluster.off('message', onWorkerMessage);
      await link?.close();
      link = undefined;
    },
  };
}
