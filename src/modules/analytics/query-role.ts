/**
 * The querying worker: keeps the latest network of every analysed workspace and answers
 * influence queries on it. A network being recomputed is replaced only when the new one is
 * ready, so queries are answered (on the older network) meanwhile.
 */
import type { MessagePort } from 'node:worker_threads';
import type { ComputeToQuery, FromQueryWorker, NetworkSnapshot, ToQueryWorker, WorkerSetup } from './analytics.protocol.ts';
import { keyOf } from './analytics.protocol.ts';
import { fromPortable } from './portable-network.ts';
import { answerQuery, QueryNotFound } from './query-operations.ts';

/** Stores the networks the computing worker sends and answers the main thread's queries. */
export function runQueryRole(setup: WorkerSetup, parent: MessagePort): void {
  const networks = new Map<string, NetworkSnapshot>();
  const send = (message: FromQueryWorker) => parent.postMessage(message);
  setup.port.on('message', (message: ComputeToQuery) => {
    const { snapshot } = message;
    networks.set(keyOf(snapshot.key), { ...snapshot, network: fromPortable(snapshot.network) });
  });
  parent.on('message', (message: ToQueryWorker) => {
    if (message.type === 'stop') {
      setup.port.close();
      send({ type: 'stopped' });
      return;
    }
    const snapshot = networks.get(keyOf(message.key));
    if (!snapshot) {
      send({ type: 'error', id: message.id, code: 'not_ready', message: 'The network has not been analysed yet.' });
      return;
    }
    try {
      const result = answerQuery(snapshot, message.operation, message.input);
      const { networkVersion, computedAt, onDate } = snapshot;
      send({ type: 'answer', id: message.id, stamp: { networkVersion, computedAt, onDate }, result });
    } catch (error) {
      const code = error instanceof QueryNotFound ? 'not_found' : 'failed';
      send({ type: 'error', id: message.id, code, message: error instanceof Error ? error.message : String(error) });
    }
  });
}
