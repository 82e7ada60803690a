/**
 * The strongest tie on an arc of the undirected view, summarised for answers that name
 * the people in between ("Lotte knows both: strength 4 to you, 4 to Sander").
 */
import { strongestTieOnArc } from '../network/explain-ties.ts';
import type { Network } from '../network/network.types.ts';

export interface TieSummary {
  /** Relation type key, or `affiliation`, `colleague`, `unit_of`. */
  readonly via: string;
  /** 1–5 for relations, null for ties without a strength. */
  readonly strength: number | null;
  /** The weight ranking uses: the relation's strength weight, or the fixed weight of other ties. */
  readonly weight: number;
  readonly since: string | null;
  readonly lastInteraction: string | null;
  readonly relationId: string | null;
}

/** The summary of the strongest tie behind undirected arc `arc`. */
export function summariseArc(network: Network, arc: number): TieSummary {
  const t = strongestTieOnArc(network, arc);
  const { ties } = network;
  return {
    via: ties.type[t]!,
    strength: ties.strength[t] === 0 ? null : ties.strength[t]!,
    weight: ties.weight[t]!,
    since: ties.since[t]!,
    lastInteraction: ties.lastInteraction[t]!,
    relationId: ties.relationId[t]!,
  };
}

/** A node named for an answer. */
export interface NamedNode {
  readonly index: number;
  readonly id: string;
  readonly name: string;
}

export function named(network: Network, v: number): NamedNode {
  return { index: v, id: network.nodeIds[v]!, name: network.nodeNames[v]! };
}

/** Throws when v is not a node index of the network. */
export function checkNode(network: Network, v: number, what: string, module: string): void {
  if (!(Number.isInteger(v) && v >= 0 && v < network.graph.nodeCount)) {
    throw new Error(`analytics/influence/${module}: ${what} ${v} is outside 0..${network.graph.nodeCount - 1}`);
  }
}
