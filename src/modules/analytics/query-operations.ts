/**
 * The queries the querying worker answers on a kept network and its analysis: metric pages,
 * positions and communities (analysis-reads.ts), and the influence queries, each a thin
 * call into `src/analytics/influence` with record ids turned into node indices and back.
 */
import {
  bestPaths,
  brokersToMeet,
  introductions,
  reach,
  shareWithin,
  staleStrongTies,
  unreachedDecisionMakers,
  whatIfLeaves,
  type NamedNode,
} from '../../analytics/influence/index.ts';
import { nodeIndexById, nodeKindNames, type TieDescription } from '../../analytics/network/index.ts';
import { communities, metricsPage, nodePosition, type MetricsPageInput } from './analysis-reads.ts';
import type { NetworkSnapshot } from './analytics.protocol.ts';
import type { NodeRef } from './influence.schema.ts';

/** A node the query names is not in the network (answered as 404). */
export class QueryNotFound extends Error {
  override name = 'QueryNotFound';
}

/** What the operations share per snapshot: the snapshot and the index of its record ids. */
interface Prepared {
  snapshot: NetworkSnapshot;
  indexOf: Map<string, number>;
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

/** The fields of a tie that answers show. */
const tieSummary = (tie: TieDescription) => ({
  via: tie.via,
  strength: tie.strength,
  weight: tie.weight,
  since: tie.since,
  lastInteraction: tie.lastInteraction,
  relationId: tie.relationId,
});

/** Node indices of the ids present in this projection. */
const nodesOf = (prepared: Prepared, ids: string[]) => ids.map((id) => prepared.indexOf.get(id) ?? -1).filter((node) => node >= 0);

const operations: Record<string, Operation> = {
  metrics: (prepared, input: MetricsPageInput) => metricsPage(prepared.snapshot, input),

  position: (prepared, input: { nodeId: string }) => nodePosition(prepared.snapshot, nodeOf(prepared, input.nodeId, 'nodeId')),

  communities: (prepared, input: { memberLimit: number }) => communities(prepared.snapshot, input.memberLimit),

  paths(prepared, input: { from: string; to: string; k: number }) {
    const source = nodeOf(prepared, input.from, 'from');
    const target = nodeOf(prepared, input.to, 'to');
    const found = bestPaths(prepared.snapshot.network, prepared.snapshot.paths, source, target, { k: input.k });
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

  introductions(prepared, input: { from: string; to: string; limit: number }) {
    const { snapshot } = prepared;
    const ref = (node: NamedNode) => nodeRef(snapshot, node.index);
    const found = introductions(snapshot.network, nodeOf(prepared, input.from, 'from'), nodeOf(prepared, input.to, 'to'), {
      limit: input.limit,
    });
    return {
      from: ref(found.source),
      to: ref(found.target),
      direct: found.direct,
      shared: found.shared.map((one) => ({ ...one, introducer: ref(one.introducer) })),
      secondDegree: found.secondDegree.map((pair) => ({ ...pair, first: ref(pair.first), second: ref(pair.second), ties: [...pair.ties] })),
    };
  },

  reach(prepared, input: { from: string; decisionMakers: string[] | null }) {
    const { snapshot } = prepared;
    const source = nodeOf(prepared, input.from, 'from');
    const rings = reach(snapshot.network, source, { maxSteps: 3, count: 'people' });
    let theme = null;
    if (input.decisionMakers) {
      // Decision-makers outside this projection (e.g. people in the organisations view) cannot be reached.
      const group = nodesOf(prepared, input.decisionMakers);
      const share = shareWithin(snapshot.network, source, group, { steps: 2 });
      theme = {
        decisionMakers: input.decisionMakers.length,
        share: input.decisionMakers.length === 0 ? null : share.reached.length / input.decisionMakers.length,
        reached: Array.from(share.reached, (node, i) => ({ node: nodeRef(snapshot, node), steps: share.distances[i]! })),
        missed: Array.from(share.missed, (node) => nodeRef(snapshot, node)),
      };
    }
    return { from: nodeRef(snapshot, source), counts: rings.counts, within: rings.within, theme };
  },

  recommendations(prepared, input: { from: string; decisionMakers: string[] }) {
    const { snapshot } = prepared;
    const source = nodeOf(prepared, input.from, 'from');
    const ref = (node: NamedNode) => nodeRef(snapshot, node.index);
    const unreached = unreachedDecisionMakers(snapshot.network, source, nodesOf(prepared, input.decisionMakers));
    const brokers = brokersToMeet(snapshot.network, source, {
      communities: snapshot.analysis.community,
      scores: snapshot.analysis.values.betweenness,
    });
    const stale = staleStrongTies(snapshot.network, snapshot.analysis.onDate, { of: source });
    return {
      from: nodeRef(snapshot, source),
      unreachedDecisionMakers: unreached.map((one) => ({ node: ref(one.node), distance: one.distance })),
      brokers: brokers.map((one) => ({
        node: ref(one.node),
        betweenness: one.score,
        communities: one.communities,
        distance: one.distance,
      })),
      staleTies: stale.map((one) => ({
        other: ref(one.from.index === source ? one.to : one.from),
        tie: tieSummary(one.tie),
        lastContact: one.lastContact,
        daysSince: one.daysSince,
      })),
    };
  },

  whatIfLeaves(prepared, input: { leaver: string; keep: string | null }) {
    const { snapshot } = prepared;
    const keep = input.keep === null ? -1 : (prepared.indexOf.get(input.keep) ?? -1);
    const leaver = nodeOf(prepared, input.leaver, 'personId');
    const found = whatIfLeaves(snapshot.network, leaver, { keep: keep === leaver ? -1 : keep, structure: prepared.snapshot.cutPoints });
    const ref = (node: NamedNode) => nodeRef(snapshot, node.index);
    return {
      leaver: ref(found.leaver),
      splits: found.splits,
      remainingSize: found.remainingSize,
      cutOffCount: found.cutOffCount,
      cutOff: found.cutOff.map((piece) => ({
        size: piece.size,
        via: ref(piece.via),
        members: Array.from(piece.members, (node) => nodeRef(snapshot, node)),
        truncated: piece.truncated,
      })),
      lostTies: found.lostTies.map((lost) => ({ ...lost, neighbour: ref(lost.neighbour), ties: lost.ties.map(tieSummary) })),
    };
  },
};

const prepared = new WeakMap<NetworkSnapshot, Prepared>();

/** Readies a snapshot for queries (its id index), once; the querying worker does so before keeping it. */
export function prepareQueries(snapshot: NetworkSnapshot): Prepared {
  let found = prepared.get(snapshot);
  if (!found) prepared.set(snapshot, (found = { snapshot, indexOf: nodeIndexById(snapshot.network) }));
  return found;
}

/** Runs one named operation on the snapshot. */
export function answerQuery(snapshot: NetworkSnapshot, operation: string, input: unknown): unknown {
  const run = operations[operation];
  if (!run) throw new Error(`analytics/query: unknown operation ${operation}`);
  return run(prepareQueries(snapshot), input as never);
}
