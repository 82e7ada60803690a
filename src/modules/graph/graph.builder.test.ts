import { describe, expect, it } from 'vitest';
import {
  assembleGraph,
  firstAffiliations,
  reachNeighbourhood,
  topLevelOrganisations,
  withUnits,
  type EdgeFetcher,
  type PartyNode,
} from './graph.builder.ts';
import type { GraphEdge } from './graph.schema.ts';

const edge = (id: string, from: string, to: string): GraphEdge => ({ id, from, to, type: 'knows', directed: false, strength: 3 });
const person = (id: string): PartyNode => ({ id, type: 'person', label: id.toUpperCase(), kind: null, organisationId: null });

/** An in-memory fetcher over a list of edges that also records what was asked. */
function fetcherOver(edges: GraphEdge[]) {
  const calls: { ids: string[]; side: 'from' | 'to' }[] = [];
  const fetch: EdgeFetcher = async (ids, side) => {
    calls.push({ ids: [...ids], side });
    const wanted = new Set(ids);
    return edges.filter((e) => wanted.has(side === 'from' ? e.from : e.to));
  };
  return { fetch, calls };
}

// A path a – b – c – d – e, a triangle b – c – f, and an island x – y.
const network = [
  edge('ab', 'a', 'b'),
  edge('cb', 'c', 'b'),
  edge('cd', 'c', 'd'),
  edge('de', 'd', 'e'),
  edge('bf', 'b', 'f'),
  edge('fc', 'f', 'c'),
  edge('xy', 'x', 'y'),
];
const ids = (edges: GraphEdge[]) => edges.map((e) => e.id).sort();

describe('reachNeighbourhood', () => {
  it('walks relations both ways, one ring per step', async () => {
    const { fetch } = fetcherOver(network);
    expect([...(await reachNeighbourhood('b', 1, fetch)).nodeIds].sort()).toEqual(['a', 'b', 'c', 'f']);
    expect([...(await reachNeighbourhood('b', 2, fetch)).nodeIds].sort()).toEqual(['a', 'b', 'c', 'd', 'f']);
    expect([...(await reachNeighbourhood('b', 3, fetch)).nodeIds].sort()).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
    expect([...(await reachNeighbourhood('x', 3, fetch)).nodeIds].sort()).toEqual(['x', 'y']);
  });

  it('includes relations between two parties of the last ring', async () => {
    const { fetch } = fetcherOver(network);
    // From a, one step reaches b only; two steps reach c and f, which are related to each other.
    const reached = await reachNeighbourhood('a', 2, fetch);
    expect([...reached.nodeIds].sort()).toEqual(['a', 'b', 'c', 'f']);
    const graph = assembleGraph({ nodes: [...reached.nodeIds].map(person), edges: reached.edges, limit: 100 });
    expect(ids(graph.edges)).toEqual(['ab', 'bf', 'cb', 'fc']);
  });

  it('does not walk through parties it may not accept, but always keeps the centre', async () => {
    const { fetch } = fetcherOver(network);
    const reached = await reachNeighbourhood('a', 3, fetch, (id) => id !== 'c');
    expect([...reached.nodeIds].sort()).toEqual(['a', 'b', 'f']);
    expect([...(await reachNeighbourhood('c', 1, fetch, (id) => id === 'd')).nodeIds].sort()).toEqual(['c', 'd']);
  });

  it('asks per ring, not per party, and stops when nothing new is found', async () => {
    const { fetch, calls } = fetcherOver(network);
    await reachNeighbourhood('x', 3, fetch);
    // Ring 0 both sides, ring 1 both sides, then ring 2 is empty: no last-ring query.
    expect(calls).toEqual([
      { ids: ['x'], side: 'from' },
      { ids: ['x'], side: 'to' },
      { ids: ['y'], side: 'from' },
      { ids: ['y'], side: 'to' },
    ]);
  });
});

describe('assembleGraph', () => {
  const nodes = ['a', 'b', 'c', 'd', 'e', 'f', 'x', 'y'].map(person);

  it('counts degrees over the kept edges and drops edges to unknown parties and repeats', () => {
    const graph = assembleGraph({ nodes, edges: [...network, edge('ab', 'a', 'b'), edge('gone', 'a', 'zz')], limit: 100 });
    expect(graph.truncated).toBe(false);
    expect(graph.edges).toHaveLength(7);
    expect(Object.fromEntries(graph.nodes.map((n) => [n.id, n.degree]))).toEqual({ a: 1, b: 3, c: 3, d: 2, e: 1, f: 2, x: 1, y: 1 });
  });

  it('keeps the highest-degree nodes past the limit, recounting degrees among them', () => {
    const graph = assembleGraph({ nodes, edges: network, limit: 3 });
    expect(graph.truncated).toBe(true);
    // b and c have 3; d and f tie at 2 and d comes first.
    expect(graph.nodes.map((n) => [n.id, n.degree])).toEqual([
      ['b', 1],
      ['c', 2],
      ['d', 1],
    ]);
    expect(ids(graph.edges)).toEqual(['cb', 'cd']);
  });

  it('keeps the centre whatever its degree', () => {
    const graph = assembleGraph({ nodes, edges: network, limit: 2, keep: 'e' });
    expect(graph.nodes.map((n) => n.id)).toEqual(['b', 'e']);
    expect(graph.edges).toEqual([]);
  });

  it('counts a relation of a party with itself once', () => {
    expect(assembleGraph({ nodes: [person('a')], edges: [edge('aa', 'a', 'a')], limit: 10 }).nodes[0]?.degree).toBe(1);
  });
});

describe('organisation helpers', () => {
  const organisations = [
    { id: 'gem', parentId: null },
    { id: 'mt', parentId: 'gem' },
    { id: 'team', parentId: 'mt' },
    { id: 'prov', parentId: null },
    { id: 'loop1', parentId: 'loop2' },
    { id: 'loop2', parentId: 'loop1' },
  ];

  it('finds the top-level organisation of every unit, even in a damaged cycle', () => {
    const top = topLevelOrganisations(organisations);
    expect(top.get('team')).toBe('gem');
    expect(top.get('mt')).toBe('gem');
    expect(top.get('gem')).toBe('gem');
    expect(top.get('prov')).toBe('prov');
    expect(['loop1', 'loop2']).toContain(top.get('loop1'));
  });

  it('collects units at any depth', () => {
    expect([...withUnits(organisations, ['gem'])].sort()).toEqual(['gem', 'mt', 'team']);
    expect([...withUnits(organisations, ['mt', 'prov'])].sort()).toEqual(['mt', 'prov', 'team']);
  });

  it("takes each person's first affiliation", () => {
    const first = firstAffiliations([
      { personId: 'p', organisationId: 'gem' },
      { personId: 'q', organisationId: 'prov' },
      { personId: 'p', organisationId: 'prov' },
    ]);
    expect(Object.fromEntries(first)).toEqual({ p: 'gem', q: 'prov' });
  });
});
