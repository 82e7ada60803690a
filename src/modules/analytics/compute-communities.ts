/**
 * Communities of a network and their names: each is named after its dominant organisation,
 * the (top-level) organisation that most of its members are or belong to on the date.
 */
import { louvain } from '../../analytics/communities/index.ts';
import { NODE_ORGANISATION, validOn, type Network, type NetworkInput } from '../../analytics/network/index.ts';
import type { CommunitySummary } from './analysis.types.ts';
import { SEED } from './compute-analysis.ts';

export interface FoundCommunities {
  community: Int32Array;
  communities: CommunitySummary[];
  modularity: number | null;
}

/** Detects communities with Louvain (seeded) and summarises them. */
export function computeCommunities(network: Network, input: NetworkInput): FoundCommunities {
  const found = louvain(network.graph, { seed: SEED });
  const labels = found.labels.slice();
  return { community: labels, communities: summarise(network, input, labels), modularity: found.modularity };
}

/** Communities largest first (renumbered so), with members and the dominant organisation. */
export function summarise(network: Network, input: NetworkInput, labels: Int32Array): CommunitySummary[] {
  const membersOf = new Map<number, number[]>();
  labels.forEach((label, node) => {
    if (label < 0) return;
    const members = membersOf.get(label);
    if (members) members.push(node);
    else membersOf.set(label, [node]);
  });
  const groups = [...membersOf.values()].sort((a, b) => b.length - a.length || a[0]! - b[0]!);
  const topOf = topLevelOrganisations(input);
  const nameOf = new Map(input.organisations.map((o) => [o.id, o.name]));
  const organisationsOf = personOrganisations(input, network.onDate, topOf);
  return groups.map((members, id) => {
    for (const node of members) labels[node] = id;
    const counts = new Map<string, number>();
    for (const node of members) {
      const nodeId = network.nodeIds[node]!;
      const organisations = network.nodeKinds[node] === NODE_ORGANISATION ? [topOf(nodeId)] : (organisationsOf.get(nodeId) ?? []);
      for (const organisation of new Set(organisations)) counts.set(organisation, (counts.get(organisation) ?? 0) + 1);
    }
    let dominant: string | null = null;
    for (const [organisation, count] of counts) {
      const best = dominant === null ? 0 : counts.get(dominant)!;
      if (count > best || (count === best && organisation < dominant!)) dominant = organisation;
    }
    return {
      id,
      size: members.length,
      members: Int32Array.from(members),
      dominantOrganisationId: dominant,
      dominantOrganisationName: dominant === null ? null : (nameOf.get(dominant) ?? null),
    };
  });
}

/** A unit's top-level organisation (itself for a top-level one); stops at a cycle. */
function topLevelOrganisations(input: NetworkInput): (id: string) => string {
  const parentOf = new Map(input.organisations.map((o) => [o.id, o.parentId ?? null]));
  return (id) => {
    const seen = new Set<string>();
    let current = id;
    for (let parent = parentOf.get(current); parent && !seen.has(parent); parent = parentOf.get(current)) {
      seen.add(current);
      current = parent;
    }
    return current;
  };
}

/** Each person's top-level organisations through affiliations valid on the date. */
function personOrganisations(input: NetworkInput, onDate: string | null, topOf: (id: string) => string): Map<string, string[]> {
  const byPerson = new Map<string, string[]>();
  for (const affiliation of input.affiliations) {
    if (!validOn(onDate, affiliation.since, affiliation.until)) continue;
    const list = byPerson.get(affiliation.personId) ?? [];
    list.push(topOf(affiliation.organisationId));
    byPerson.set(affiliation.personId, list);
  }
  return byPerson;
}
