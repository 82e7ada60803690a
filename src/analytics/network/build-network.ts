/**
 * Builds the compact graph of a workspace's network from its records, in one of three
 * projections:
 * - `people` — people only; relations between two people. Sharing an organisation does
 *   not link people (that would be quadratic and mostly untrue); with `colleagueTies`, the
 *   members of organisations of at most `maxColleagueGroup` people are linked with a low
 *   weight. Relations that touch an organisation are left out.
 * - `people-and-organisations` — both as nodes: every relation, each affiliation as a
 *   person—organisation tie, each unit tied to its parent organisation.
 * - `organisations` — organisations only: relations between organisations as they are, and
 *   each relation of a person carried over to the person's organisations on the date (all
 *   of them, once per pair), so two municipalities are as close as their people are.
 * Every tie keeps what explains it (type, strength, since, the record's id), reachable per
 * arc through `tiesByArc`.
 */
import { buildGraph, findArc, type Graph } from '../graph.ts';
import {
  collectColleagueTies,
  collectDirectRelations,
  collectMembershipTies,
  collectOrganisationTies,
  OUTSIDE_ORGANISATION,
  OUTSIDE_PERSON,
  usableAffiliations,
  type IdIndex,
  type NodeLookup,
  type SkipCounts,
} from './collect-ties.ts';
import { resolveNetworkOptions, type NetworkOptions, type NetworkSettings } from './network-options.ts';
import { NODE_ORGANISATION, NODE_PERSON, type Network, type NetworkInput, type Ties, type TiesByArc } from './network.types.ts';
import { TieTable } from './tie-table.ts';

/** Builds the network of the records in the chosen projection (see the file header). */
export function buildNetwork(input: NetworkInput, options: NetworkOptions = {}): Network {
  const settings = resolveNetworkOptions(options);
  const nodeIds: string[] = [];
  const nodeNames: string[] = [];
  const nodeKinds: number[] = [];
  // A prototype-less object rather than a Map: string lookups run about twice as fast.
  const indexOf: IdIndex = Object.create(null);
  const addParty = (id: string, name: string, kind: number, isNode: boolean) => {
    if (indexOf[id] !== undefined) throw new Error(`analytics/network: the id ${id} occurs more than once among people and organisations`);
    if (!isNode) {
      indexOf[id] = kind === NODE_PERSON ? OUTSIDE_PERSON : OUTSIDE_ORGANISATION;
      return;
    }
    indexOf[id] = nodeIds.length;
    nodeIds.push(id);
    nodeNames.push(name);
    nodeKinds.push(kind);
  };
  const { projection } = settings;
  for (const p of input.people) addParty(p.id, p.name, NODE_PERSON, projection !== 'organisations');
  const parentIds = new Set(input.organisations.map((o) => o.id));
  for (const o of input.organisations) {
    const rolledUp = projection === 'organisations' && settings.rollUpUnits && !!o.parentId && parentIds.has(o.parentId);
    addParty(o.id, o.name, NODE_ORGANISATION, projection !== 'people' && !rolledUp);
  }

  const nodes: NodeLookup = { indexOf, nodeKinds };
  const skipped: SkipCounts = { notValidOnDate: 0, unknownEnds: 0, outsideProjection: 0 };
  const table = new TieTable(input.relations.length + input.affiliations.length);
  const affiliations = usableAffiliations(input, nodes, settings, skipped);
  if (settings.projection === 'organisations') {
    const organisationOf = topLevelIndex(input, indexOf, settings);
    collectOrganisationTies(input, affiliations, nodes, settings, organisationOf, table, skipped);
  } else {
    collectDirectRelations(input, nodes, settings, table, skipped);
    if (settings.projection === 'people-and-organisations') collectMembershipTies(input, affiliations, nodes, settings, table);
    else if (settings.colleagueTies) collectColleagueTies(affiliations, nodes, nodeIds, settings, table);
  }

  const ties = table.finish();
  const graph = buildGraph(nodeIds.length, { sources: ties.from, targets: ties.to, weights: ties.weight, directed: ties.directed });
  return {
    projection: settings.projection,
    onDate: settings.onDate,
    graph,
    nodeIds,
    nodeNames,
    nodeKinds: Uint8Array.from(nodeKinds),
    ties,
    tiesByArc: indexTiesByArc(graph, ties),
    skipped,
  };
}

/**
 * The node index an organisation's ties count for: itself, or with `rollUpUnits` its
 * top-level organisation (walking up the parents).
 */
function topLevelIndex(input: NetworkInput, indexOf: IdIndex, settings: NetworkSettings) {
  if (!settings.rollUpUnits) return (organisationId: string) => indexOf[organisationId]!;
  const parentOf = new Map(input.organisations.map((o) => [o.id, o.parentId ?? null]));
  const resolved = new Map<string, number>();
  return (organisationId: string): number => {
    const known = resolved.get(organisationId);
    if (known !== undefined) return known;
    const seen = new Set<string>();
    let current = organisationId;
    while ((indexOf[current] ?? 0) < 0 && !seen.has(current)) {
      seen.add(current);
      current = parentOf.get(current) ?? current;
    }
    const index = indexOf[current]!;
    if (index < 0) throw new Error(`analytics/network: the parents of organisation ${organisationId} form a cycle`);
    resolved.set(organisationId, index);
    return index;
  };
}

/** Groups the ties under the arcs of `graph.undirected`, each tie under both of its sides. */
function indexTiesByArc(graph: Graph, ties: Ties): TiesByArc {
  const adjacency = graph.undirected;
  const arcCount = adjacency.targets.length;
  const offsets = new Int32Array(arcCount + 1);
  const forward = new Int32Array(ties.count);
  const backward = new Int32Array(ties.count);
  for (let t = 0; t < ties.count; t += 1) {
    forward[t] = findArc(adjacency, ties.from[t]!, ties.to[t]!);
    backward[t] = findArc(adjacency, ties.to[t]!, ties.from[t]!);
    offsets[forward[t]! + 1]! += 1;
    offsets[backward[t]! + 1]! += 1;
  }
  for (let a = 0; a < arcCount; a += 1) offsets[a + 1]! += offsets[a]!;
  const cursor = offsets.slice(0, arcCount);
  const items = new Int32Array(offsets[arcCount]!);
  for (let t = 0; t < ties.count; t += 1) {
    items[cursor[forward[t]!]!++] = t;
    items[cursor[backward[t]!]!++] = t;
  }
  return { offsets, items };
}
