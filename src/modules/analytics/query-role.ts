/**
 * The querying worker: keeps the latest network of every analysed workspace and answers
 * queries on it. A new network replaces the kept one only when it is ready: it is decoded
 * in steps of a few milliseconds, between which queries are answered on the one before.
 */
import type { MessagePort } from 'node:worker_threads';
import { nextTurn, runPausing } from '../../lib/steps.ts';
import type { ComputeToQuery, FromQueryWorker, NetworkSnapshot, ToQueryWorker, WorkerSetup } from './analytics.protocol.ts';
import { keyOf } from './analytics.protocol.ts';
import { fromPortableSteps } from './portable-network.ts';
import { answerQuery, prepareQueries, QueryNotFound } from './query-operations.ts';

/** Stores the networks the computing worker sends and answers the server's queries. */
export function runQueryRole(setup: WorkerSetup, parent: MessagePort): void {
  const networks = new Map<string, NetworkSnapshot>();
  const send = (message: FromQueryWorker) => parent.postMessage(message);
  // One network at a time, in the order they came, so a later one is never replaced by an earlier.
  let arriving = Promise.resolve();
  setup.port.on('message', ({ snapshot }: ComputeToQuery) => {
    arriving = arriving.then(async () => {
      const kept: NetworkSnapshot = { ...snapshot, network: await runPausing(fromPortableSteps(snapshot.network), nextTurn) };
      prepareQueries(kept);
      networks.set(keyOf(snapshot.key), kept);
    });
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
      const { networkVersion, computedAt, onDate } = snapshot.analysis;
      send({ type: 'answer', id: message.id, stamp: { networkVersion, computedAt, onDate }, result });
    } catch (error) {
      const code = error instanceof QueryNotFound ? 'not_found' : 'failed';
      send({ type: 'error', id: message.id, code, message: error instanceof Error ? error.message : String(error) });
    }
  });
}
