/**
 * The influence queries the querying worker answers on a kept network, each a thin call
 * into `src/analytics/influence` with record ids turned into node indices and back.
 */
import { preparePaths, type PathIndex } from '../../analytics/influence/path-index.ts';
import { bestPaths } from '../../analytics/influence/paths.ts';
import { nodeIndexById, nodeKindNames } from '../../analytics/network/index.ts';
import type { NetworkSnapshot } from './analytics.protocol.ts';
import type { NodeRef } from './influence.schema.ts';

/** A node the query names is not in the network (answered as 404). */
export class QueryNotFound extends Error {
  override name = 'QueryNotFound';
}

/** What the operations share per snapshot: the id index and the path lengths, built on first use. */
interface Prepared {
  snapshot: NetworkSnapshot;
  indexOf: Map<string, number>;
  paths(): PathIndex;
}

type Operation = (prepared: Prepared, input: never) => unknown;

/** The node of a record id, or QueryNotFound naming the parameter. */
function nodeOf(prepared: Prepared, id: string, parameter: string): number {
  const node = prepared.indexOf.get(id);
  if (node === undefined) throw new QueryNotFound(`The person or organisation given as ${parameter} (in this projection of the network)`);
  return node;
}

/** A node as answers show it. */
export function nodeRef(snapshot: NetworkSnapshot, node: number): NodeRef {
  const { network } = snapshot;
  return { id: network.nodeIds[node]!, kind: nodeKindNames[network.nodeKinds[node]!]!, name: network.nodeNames[node]! };
}

const operations: Record<string, Operation> = {
  paths(prepared, input: { from: string; to: string; k: number }) {
    const source = nodeOf(prepared, input.from, 'from');
    const target = nodeOf(prepared, input.to, 'to');
    const found = bestPaths(prepared.snapshot.network, prepared.paths(), source, target, { k: input.k });
    return {
      from: nodeRef(prepared.snapshot, source),
      to: nodeRef(prepared.snapshot, target),
      paths: found.paths.map((path) => ({
        length: path.length,
        nodes: path.nodes.map((node) => nodeRef(prepared.snapshot, node)),
        hops: path.hops.map(({ fromIndex: _from, toIndex: _to, ...hop }) => hop),
      })),
    };
  },
};

const prepared = new WeakMap<NetworkSnapshot, Prepared>();

function prepare(snapshot: NetworkSnapshot): Prepared {
  let found = prepared.get(snapshot);
  if (!found) {
    let paths: PathIndex | undefined;
    // Staleness of ties is measured on the day the network was analysed.
    found = {
      snapshot,
      indexOf: nodeIndexById(snapshot.network),
      paths: () => (paths ??= preparePaths(snapshot.network, { asOf: snapshot.onDate })),
    };
    prepared.set(snapshot, found);
  }
  return found;
}

/** Runs one named operation on the snapshot. */
export function answerQuery(snapshot: NetworkSnapshot, operation: string, input: unknown): unknown {
  const run = operations[operation];
  if (!run) throw new Error(`analytics/query: unknown operation ${operation}`);
  return run(prepare(snapshot), input as never);
}
