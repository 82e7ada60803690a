/**
 * Assembles the network picture from rows the repository read: reachability from a centre,
 * degrees and truncation. No database or HTTP here, so it is tested on hand-made graphs.
 */
import type { Graph, GraphEdge, GraphNode } from './graph.schema.ts';

/** A node before its degree is known. */
export type PartyNode = Omit<GraphNode, 'degree'>;

/** Relations whose `side` (fromId or toId) is one of the ids. */
export type EdgeFetcher = (ids: string[], side: 'from' | 'to') => Promise<GraphEdge[]>;

/** The parties within `depth` steps of the centre and the relations met on the way. */
export interface Neighbourhood {
  nodeIds: Set<string>;
  edges: GraphEdge[];
}

/**
 * Breadth-first over relations, ignoring their direction, up to `depth` steps from the
 * centre; `accept` can keep parties out (they are neither reached nor walked through). The
 * centre is always in. Every relation among the reached parties is in `edges`, together
 * with some that lead outside, which assembly drops.
 */
export async function reachNeighbourhood(
  centre: string,
  depth: number,
  fetch: EdgeFetcher,
  accept: (id: string) => boolean = () => true,
): Promise<Neighbourhood> {
  const nodeIds = new Set([centre]);
  const edges = new Map<string, GraphEdge>();
  let frontier = [centre];
  for (let step = 0; step < depth && frontier.length > 0; step += 1) {
    const found = [...(await fetch(frontier, 'from')), ...(await fetch(frontier, 'to'))];
    const next: string[] = [];
    for (const edge of found) {
      edges.set(edge.id, edge);
      for (const end of [edge.from, edge.to]) {
        if (!nodeIds.has(end) && accept(end)) {
          nodeIds.add(end);
          next.push(end);
        }
      }
    }
    frontier = next;
  }
  // Relations between two parties of the last ring were never fetched; both ends being in
  // that ring, asking for one side of them finds each such relation.
  if (frontier.length > 0) {
    for (const edge of await fetch(frontier, 'from')) if (nodeIds.has(edge.to)) edges.set(edge.id, edge);
  }
  return { nodeIds, edges: [...edges.values()] };
}

/** Maps every organisation to its top-level organisation (itself when it has no parent). */
export function topLevelOrganisations(organisations: { id: string; parentId: string | null }[]): Map<string, string> {
  const parentOf = new Map(organisations.map((o) => [o.id, o.parentId]));
  const top = new Map<string, string>();
  const resolve = (id: string): string => {
    const known = top.get(id);
    if (known !== undefined) return known;
    const path: string[] = [];
    let current = id;
    // Walks up until a known answer, a root, a parent outside the list or (defensively) a cycle.
    for (;;) {
      const cached = top.get(current);
      if (cached !== undefined) {
        current = cached;
        break;
      }
      path.push(current);
      const parent = parentOf.get(current);
      if (parent === null || parent === undefined || !parentOf.has(parent) || path.includes(parent)) break;
      current = parent;
    }
    for (const step of path) top.set(step, current);
    return current;
  };
  for (const organisation of organisations) resolve(organisation.id);
  return top;
}

/** Every organisation in `roots` together with all its units at any depth. */
export function withUnits(organisations: { id: string; parentId: string | null }[], roots: Iterable<string>): Set<string> {
  const children = new Map<string, string[]>();
  for (const o of organisations) {
    if (o.parentId === null) continue;
    const list = children.get(o.parentId);
    if (list) list.push(o.id);
    else children.set(o.parentId, [o.id]);
  }
  const found = new Set<string>();
  const stack = [...roots];
  while (stack.length > 0) {
    const id = stack.pop() as string;
    if (found.has(id)) continue;
    found.add(id);
    stack.push(...(children.get(id) ?? []));
  }
  return found;
}

export interface AssembleInput {
  nodes: PartyNode[];
  edges: GraphEdge[];
  /** The most nodes to keep. */
  limit: number;
  /** A node that survives truncation whatever its degree (the centre). */
  keep?: string;
}

/**
 * Keeps the edges whose both ends are nodes (each relation once), counts degrees and, past
 * the limit, keeps the highest-degree nodes (ties in input order) and the edges among them.
 */
export function assembleGraph({ nodes, edges, limit, keep }: AssembleInput): Graph {
  const indexOf = new Map<string, number>();
  nodes.forEach((node, i) => indexOf.set(node.id, i));
  const seen = new Set<string>();
  let kept = edges.filter((edge) => {
    if (seen.has(edge.id) || !indexOf.has(edge.from) || !indexOf.has(edge.to)) return false;
    seen.add(edge.id);
    return true;
  });
  let degree = degrees(kept, indexOf, nodes.length);
  let keptNodes = nodes.map((_, i) => i);
  const truncated = nodes.length > limit;
  if (truncated) {
    const keepIndex = keep === undefined ? -1 : (indexOf.get(keep) ?? -1);
    const ranked = [...keptNodes].sort(
      (a, b) => Number(b === keepIndex) - Number(a === keepIndex) || (degree[b] ?? 0) - (degree[a] ?? 0) || a - b,
    );
    const chosen = new Uint8Array(nodes.length);
    for (const i of ranked.slice(0, limit)) chosen[i] = 1;
    keptNodes = keptNodes.filter((i) => chosen[i] === 1);
    kept = kept.filter((edge) => chosen[indexOf.get(edge.from) as number] === 1 && chosen[indexOf.get(edge.to) as number] === 1);
    degree = degrees(kept, indexOf, nodes.length);
  }
  return {
    nodes: keptNodes.map((i) => ({ ...(nodes[i] as PartyNode), degree: degree[i] ?? 0 })),
    edges: kept,
    truncated,
  };
}

/** Edges touching each node; a relation from a party to itself counts once. */
function degrees(edges: GraphEdge[], indexOf: Map<string, number>, size: number): Uint32Array {
  const degree = new Uint32Array(size);
  for (const edge of edges) {
    const from = indexOf.get(edge.from) as number;
    const to = indexOf.get(edge.to) as number;
    degree[from] = (degree[from] ?? 0) + 1;
    if (to !== from) degree[to] = (degree[to] ?? 0) + 1;
  }
  return degree;
}

/** Each person's first affiliation in the given order (the repository orders them). */
export function firstAffiliations(affiliations: { personId: string; organisationId: string }[]): Map<string, string> {
  const first = new Map<string, string>();
  for (const a of affiliations) if (!first.has(a.personId)) first.set(a.personId, a.organisationId);
  return first;
}
