import fc from 'fast-check';
import { betweenness as graphologyBetweenness } from 'graphology-metrics/centrality/index.js';
import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../graph.ts';
import { arbitraryGraph } from '../../fixtures/arbitrary.ts';
import { expectClose } from '../../fixtures/expect-close.ts';
import { FLORENTINE_EDGES, FLORENTINE_NODE_COUNT } from '../../fixtures/florentine.ts';
import { pairsToEdgeList } from '../../fixtures/edge-list.ts';
import { byNode, toGraphology } from '../../fixtures/graphology-oracle.ts';
import { KARATE_NODE_COUNT, KARATE_WEIGHTS, karateEdgeList } from '../../fixtures/karate.ts';
import { KITE_EDGES, KITE_NODE_COUNT } from '../../fixtures/kite.ts';
import { completeGraph, cycleGraph, disconnectedGraph, pathGraph, starGraph } from '../../fixtures/tiny.ts';
import { addBetweennessSums, betweennessCentrality, betweennessSums, exactBetweenness } from './betweenness.ts';

/** A random undirected graph on 2..14 nodes. */
const arbitraryEdges = arbitraryGraph({ minNodes: 2, maxNodes: 14, directed: false });

describe('exact betweenness (Brandes)', () => {
  it('counts the pairs a node of a path lies between', () => {
    const { nodeCount, edges } = pathGraph(5);
    expect(Array.from(betweennessCentrality(buildGraph(nodeCount, edges)))).toEqual([0, 3, 4, 3, 0]);
  });

  it('is zero everywhere on a triangle', () => {
    const { nodeCount, edges } = completeGraph(3);
    expect(Array.from(betweennessCentrality(buildGraph(nodeCount, edges)))).toEqual([0, 0, 0]);
  });

  it('gives each node of a directed cycle (n − 1)(n − 2)/2', () => {
    const { nodeCount, edges } = cycleGraph(6);
    expect(Array.from(betweennessCentrality(buildGraph(nodeCount, edges)))).toEqual(Array(6).fill(10));
  });

  it('counts only pairs inside a component', () => {
    const { nodeCount, edges } = disconnectedGraph();
    expect(Array.from(betweennessCentrality(buildGraph(nodeCount, edges)))).toEqual([0, 0, 0, 0, 1, 0, 0]);
  });

  it('matches the published karate values: member 1 ≈ 231.07, member 34 ≈ 160.55', () => {
    const b = betweennessCentrality(buildGraph(KARATE_NODE_COUNT, karateEdgeList()));
    expect(b[0]).toBeCloseTo(231.0714285714286, 9);
    expect(b[33]).toBeCloseTo(160.5515873015873, 9);
  });

  it('crowns the Medici (≈ 0.522 normalised) and the kite’s node 7 (14)', () => {
    const florentine = pairsToEdgeList(FLORENTINE_EDGES);
    const medici = betweennessCentrality(buildGraph(FLORENTINE_NODE_COUNT, florentine), { normalized: true })[1];
    expect(medici).toBeCloseTo(0.521978021978022, 12);
    const kite = betweennessCentrality(buildGraph(KITE_NODE_COUNT, pairsToEdgeList(KITE_EDGES)));
    expectClose(kite, [5 / 6, 5 / 6, 0, 11 / 3, 0, 25 / 3, 25 / 3, 14, 8, 0]);
  });

  it('matches graphology on the karate club, raw and normalised', () => {
    const edges = karateEdgeList();
    const graph = buildGraph(KARATE_NODE_COUNT, edges);
    const oracle = toGraphology(KARATE_NODE_COUNT, edges);
    for (const normalized of [false, true]) {
      expectClose(
        betweennessCentrality(graph, { normalized }),
        byNode(KARATE_NODE_COUNT, graphologyBetweenness(oracle, { normalized, getEdgeWeight: null })),
      );
    }
  });

  it('matches graphology on the weighted karate club with length 1 / weight', () => {
    // Weights 1, 2 and 4 make every length (1, 0.5, 0.25) and every sum exact in binary, so both
    // implementations see the same ties whatever their tie rule.
    const weights = KARATE_WEIGHTS.map((w) => 2 ** (w % 3));
    const edges = { ...karateEdgeList(), weights };
    const ours = betweennessCentrality(buildGraph(KARATE_NODE_COUNT, edges), { weighted: true });
    const theirs = graphologyBetweenness(toGraphology(KARATE_NODE_COUNT, edges), {
      normalized: false,
      getEdgeWeight: (_, attributes) => 1 / (attributes.weight as number),
    });
    expectClose(ours, byNode(KARATE_NODE_COUNT, theirs));
  });

  it('matches graphology on a directed graph', () => {
    const edges = { sources: [0, 1, 2, 3, 1, 4, 5], targets: [1, 2, 3, 0, 4, 5, 2], directed: [1, 1, 1, 1, 1, 1, 1] };
    const ours = betweennessCentrality(buildGraph(6, edges));
    expectClose(ours, byNode(6, graphologyBetweenness(toGraphology(6, edges), { normalized: false, getEdgeWeight: null })));
  });

  it('adds up over a split of the sources, as two workers would', () => {
    const graph = buildGraph(KARATE_NODE_COUNT, karateEdgeList());
    const half = Array.from({ length: 17 }, (_, i) => i);
    const rest = Array.from({ length: 17 }, (_, i) => i + 17);
    const sums = addBetweennessSums(betweennessSums(graph, half), betweennessSums(graph, rest));
    expectClose(exactBetweenness(graph, sums), betweennessCentrality(graph));
    expect(() => exactBetweenness(graph, betweennessSums(graph, half))).toThrow(/^analytics\/metrics\/centrality\/betweenness: exact/);
  });
});

describe('betweenness properties', () => {
  it('gives the centre of a star (n − 1)(n − 2)/2 and the leaves 0', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 60 }), (n) => {
        const { nodeCount, edges } = starGraph(n);
        const b = betweennessCentrality(buildGraph(nodeCount, edges));
        expect(b[0]).toBe(((n - 1) * (n - 2)) / 2);
        for (let v = 1; v < n; v += 1) expect(b[v]).toBe(0);
      }),
    );
  });

  it('does not depend on how the nodes are numbered', () => {
    fc.assert(
      fc.property(arbitraryEdges, fc.integer(), ({ n, edges }, seed) => {
        const permutation = Array.from({ length: n }, (_, i) => i).sort((a, b) => Math.sin(seed + a) - Math.sin(seed + b));
        const relabelled = {
          sources: Array.from(edges.sources, (u) => permutation[u]!),
          targets: Array.from(edges.targets, (v) => permutation[v]!),
        };
        const before = betweennessCentrality(buildGraph(n, edges));
        const after = betweennessCentrality(buildGraph(n, relabelled));
        expectClose(
          Array.from(before, (_, v) => after[permutation[v]!]!),
          before,
        );
      }),
    );
  });

  it('counts an undirected graph once per pair: half the value of reading it as arcs both ways', () => {
    fc.assert(
      fc.property(arbitraryEdges, ({ n, edges }) => {
        const graph = buildGraph(n, edges);
        const asArcs = betweennessCentrality(graph, { directed: true });
        expectClose(
          Array.from(betweennessCentrality(graph), (b) => 2 * b),
          asArcs,
        );
      }),
    );
  });

  it('agrees with graphology on random graphs', () => {
    fc.assert(
      fc.property(arbitraryEdges, ({ n, edges }) => {
        const ours = betweennessCentrality(buildGraph(n, edges));
        expectClose(ours, byNode(n, graphologyBetweenness(toGraphology(n, edges), { normalized: false, getEdgeWeight: null })));
      }),
      { numRuns: 50 },
    );
  });
});
