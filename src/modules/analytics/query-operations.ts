/**
 * The influence queries the querying worker answers on a kept network, each a thin call
 * into `src/analytics/influence` with record ids turned into node indices and back.
 */
import { nodeIndexById } from '../../analytics/network/index.ts';
import type { NetworkSnapshot } from './analytics.protocol.ts';

/** A node the query names is not in the network (answered as 404). */
export class QueryNotFound extends Error {
  override name = 'QueryNotFound';
}

type Operation = (snapshot: NetworkSnapshot, input: never, index: Map<string, number>) => unknown;

const operations: Record<string, Operation> = {};

const indexes = new WeakMap<NetworkSnapshot, Map<string, number>>();

/** Runs one named operation on the snapshot. */
export function answerQuery(snapshot: NetworkSnapshot, operation: string, input: unknown): unknown {
  const run = operations[operation];
  if (!run) throw new Error(`analytics/query: unknown operation ${operation}`);
  let index = indexes.get(snapshot);
  if (!index) indexes.set(snapshot, (index = nodeIndexById(snapshot.network)));
  return run(snapshot, input as never, index);
}
