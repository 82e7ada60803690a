/**
 * What lies behind an arc, as plain data the web client can render: "A works with B,
 * strength 4, since 2020".
 */
import { findArc } from '../graph.ts';
import { tieKindNames, type Network, type TieKindName } from './network.types.ts';

/** One tie, spelled out. Ids are record ids; `from`/`to` follow the recorded direction. */
export interface TieDescription {
  readonly tie: number;
  readonly kind: TieKindName;
  readonly from: string;
  readonly to: string;
  /** Relation type key, or `affiliation`, `colleague`, `unit_of`. */
  readonly via: string;
  readonly directed: boolean;
  /** 1–5 for relations; null for ties without a strength. */
  readonly strength: number | null;
  readonly weight: number;
  readonly since: string | null;
  readonly lastInteraction: string | null;
  readonly relationId: string | null;
  readonly organisationId: string | null;
  readonly role: string | null;
}

/** Tie indices behind the pair u—v (either direction), or an empty array when none. */
export function tiesBetween(network: Network, u: number, v: number): Int32Array {
  const arc = findArc(network.graph.undirected, u, v);
  if (arc < 0) return new Int32Array(0);
  return network.tiesByArc.items.subarray(network.tiesByArc.offsets[arc]!, network.tiesByArc.offsets[arc + 1]!);
}

/** Tie t as a plain record. */
export function describeTie(network: Network, t: number): TieDescription {
  const { ties } = network;
  const strength = ties.strength[t]!;
  return {
    tie: t,
    kind: tieKindNames[ties.kind[t]!]!,
    from: ties.fromParty[t]!,
    to: ties.toParty[t]!,
    via: ties.type[t]!,
    directed: ties.directed[t] === 1,
    strength: strength === 0 ? null : strength,
    weight: ties.weight[t]!,
    since: ties.since[t]!,
    lastInteraction: ties.lastInteraction[t]!,
    relationId: ties.relationId[t]!,
    organisationId: ties.organisationId[t]!,
    role: ties.role[t]!,
  };
}

/**
 * The heaviest tie behind the pair u—v (ties of equal weight: the most recent
 * interaction, then the earliest recorded), or -1 when the two are not tied.
 */
export function strongestTie(network: Network, u: number, v: number): number {
  const arc = findArc(network.graph.undirected, u, v);
  return arc < 0 ? -1 : strongestTieOnArc(network, arc);
}

/** The heaviest tie behind arc `arc` of the undirected view (as `strongestTie`). */
export function strongestTieOnArc(network: Network, arc: number): number {
  const { offsets, items } = network.tiesByArc;
  const { weight, lastInteraction } = network.ties;
  let best = -1;
  for (let i = offsets[arc]!; i < offsets[arc + 1]!; i += 1) {
    const t = items[i]!;
    const heavier = best < 0 || weight[t]! > weight[best]!;
    if (heavier || (weight[t] === weight[best] && (lastInteraction[t] ?? '') > (lastInteraction[best] ?? ''))) best = t;
  }
  return best;
}

/** A map from record id to node index, built once per network for request handling. */
export function nodeIndexById(network: Network): Map<string, number> {
  return new Map(network.nodeIds.map((id, index) => [id, index]));
}
