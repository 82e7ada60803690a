import fc from 'fast-check';
import { closeness as graphologyCloseness } from 'graphology-metrics/centrality/index.js';
import { dijkstra } from 'graphology-shortest-path';
import { singleSourceLength } from 'graphology-shortest-path';
import { describe, expect, it } from 'vitest';
import { buildGraph, type EdgeList } from '../../graph.ts';
import { arbitraryGraph } from '../../fixtures/arbitrary.ts';
import { expectClose } from '../../fixtures/expect-close.ts';
import { byNode, toGraphology } from '../../fixtures/graphology-oracle.ts';
import { KARATE_NODE_COUNT, karateEdgeList } from '../../fixtures/karate.ts';
import { KITE_EDGES, KITE_NODE_COUNT } from '../../fixtures/kite.ts';
import { pairsToEdgeList } from '../../fixtures/edge-list.ts';
import { cycleGraph, disconnectedGraph, pathGraph, starGraph } from '../../fixtures/tiny.ts';
import { closenessCentrality, harmonicCentrality } from './closeness.ts';

/** Harmonic centrality from graphology-shortest-path distances: Σ over u ≠ v of 1 / d(u, v). */
function oracleHarmonic(nodeCount: number, edges: EdgeList, weighted: boolean): number[] {
  const graph = toGraphology(nodeCount, edges);
  const result = new Array<number>(nodeCount).fill(0);
  for (let u = 0; u < nodeCount; u += 1) {
    const distances = weighted ? weightedDistances(graph, u) : singleSourceLength(graph, String(u));
    for (const [v, d] of Object.entries(distances)) if (d > 0) result[Number(v)]! += 1 / d;
  }
  return result;
}

function weightedDistances(graph: ReturnType<typeof toGraphology>, source: number): Record<string, number> {
  const paths = dijkstra.singleSource(graph, String(source), (_, attributes) => 1 / (attributes.weight as number));
  const distances: Record<string, number> = {};
  for (const [target, path] of Object.entries(paths)) {
    distances[target] = 0;
    for (let i = 1; i < path.length; i += 1) distances[target] += 1 / (graph.getEdgeAttribute(path[i - 1], path[i], 'weight') as number);
  }
  return distances;
}

describe('closeness centrality', () => {
  it('is (n − 1) over the summed distances on a path and a star', () => {
    const path = pathGraph(4);
    expectClose(closenessCentrality(buildGraph(path.nodeCount, path.edges)), [3 / 6, 3 / 4, 3 / 4, 3 / 6]);
    const star = starGraph(5);
    expectClose(closenessCentrality(buildGraph(star.nodeCount, star.edges)), [1, 4 / 7, 4 / 7, 4 / 7, 4 / 7]);
  });

  it('measures how easily a node is reached on a directed cycle', () => {
    const { nodeCount, edges } = cycleGraph(4);
    // Everyone is reached from the others at distances 1, 2 and 3.
    expectClose(closenessCentrality(buildGraph(nodeCount, edges)), [0.5, 0.5, 0.5, 0.5]);
    // 0 → 1 → 2: only 2 is reached by both others.
    const chain = buildGraph(3, { sources: [0, 1], targets: [1, 2], directed: [1, 1] });
    expectClose(closenessCentrality(chain, { wassermanFaust: false }), [0, 1, 2 / 3]);
  });

  it('scales a small component down with Wasserman–Faust, and not without', () => {
    const { nodeCount, edges } = disconnectedGraph();
    const graph = buildGraph(nodeCount, edges);
    // Node 4, the middle of the path 3–4–5: reached by 2 nodes at distance 1 each, of 6 others.
    expectClose(closenessCentrality(graph, { wassermanFaust: false }), [1, 1, 1, 2 / 3, 1, 2 / 3, 0]);
    expectClose(closenessCentrality(graph), [1 / 3, 1 / 3, 1 / 3, 2 / 3 / 3, 1 / 3, 2 / 3 / 3, 0]);
  });

  it('matches graphology on the karate club, the kite and a disconnected graph, both variants', () => {
    const cases: Array<[number, EdgeList]> = [
      [KARATE_NODE_COUNT, karateEdgeList()],
      [KITE_NODE_COUNT, pairsToEdgeList(KITE_EDGES)],
      [disconnectedGraph().nodeCount, disconnectedGraph().edges],
    ];
    for (const [n, edges] of cases) {
      for (const wassermanFaust of [false, true]) {
        const theirs = byNode(n, graphologyCloseness(toGraphology(n, edges), { wassermanFaust }));
        expectClose(closenessCentrality(buildGraph(n, edges), { wassermanFaust }), theirs);
      }
    }
  });

  it('matches the published karate values (networkx)', () => {
    const c = closenessCentrality(buildGraph(KARATE_NODE_COUNT, karateEdgeList()));
    expect(c[0]).toBeCloseTo(0.5689655172413793, 12);
    expect(c[33]).toBeCloseTo(0.55, 12);
  });

  it('takes 1 / weight as the length when weighted', () => {
    const edges = karateEdgeList(true);
    const ours = closenessCentrality(buildGraph(KARATE_NODE_COUNT, edges), { weighted: true });
    const graph = toGraphology(KARATE_NODE_COUNT, edges);
    const expected = new Array<number>(KARATE_NODE_COUNT).fill(0);
    for (let u = 0; u < KARATE_NODE_COUNT; u += 1) {
      for (const [v, d] of Object.entries(weightedDistances(graph, u))) expected[Number(v)]! += d;
    }
    expectClose(
      ours,
      expected.map((total) => (KARATE_NODE_COUNT - 1) / total),
    );
  });
});

describe('harmonic centrality', () => {
  it('sums inverse distances on a path and a disconnected graph', () => {
    const path = pathGraph(4);
    expectClose(harmonicCentrality(buildGraph(path.nodeCount, path.edges)), [1 + 1 / 2 + 1 / 3, 2.5, 2.5, 1 + 1 / 2 + 1 / 3]);
    const { nodeCount, edges } = disconnectedGraph();
    expectClose(harmonicCentrality(buildGraph(nodeCount, edges)), [2, 2, 2, 1.5, 2, 1.5, 0]);
    expectClose(
      harmonicCentrality(buildGraph(nodeCount, edges), { normalized: true }),
      [2, 2, 2, 1.5, 2, 1.5, 0].map((h) => h / 6),
    );
  });

  it('matches distances from graphology-shortest-path on the karate club, unweighted and weighted', () => {
    expectClose(
      harmonicCentrality(buildGraph(KARATE_NODE_COUNT, karateEdgeList())),
      oracleHarmonic(KARATE_NODE_COUNT, karateEdgeList(), false),
    );
    expect(harmonicCentrality(buildGraph(KARATE_NODE_COUNT, karateEdgeList()))[33]).toBeCloseTo(23.25, 12);
    const weighted = karateEdgeList(true);
    expectClose(
      harmonicCentrality(buildGraph(KARATE_NODE_COUNT, weighted), { weighted: true }),
      oracleHarmonic(KARATE_NODE_COUNT, weighted, true),
    );
  });

  it('agrees with graphology-shortest-path on random directed and undirected graphs', () => {
    fc.assert(
      fc.property(arbitraryGraph({ maxEdges: 30 }), ({ n, edges }) => {
        expectClose(harmonicCentrality(buildGraph(n, edges)), oracleHarmonic(n, edges, false));
      }),
      { numRuns: 60 },
    );
  });
});
