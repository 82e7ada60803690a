import fc from 'fast-check';
import { dijkstra } from 'graphology-shortest-path';
import { singleSourceLength } from 'graphology-shortest-path';
import { describe, expect, it } from 'vitest';
import { buildGraph, findArc, type Graph } from '../graph.ts';
import { arbitraryGraph } from '../fixtures/arbitrary.ts';
import { byNode, toGraphology } from '../fixtures/graphology-oracle.ts';
import { KARATE_NODE_COUNT, karateEdgeList } from '../fixtures/karate.ts';
import { cycleGraph, disconnectedGraph, pathGraph } from '../fixtures/tiny.ts';
import { createShortestPaths, runShortestPaths, type ShortestPathState } from './shortest-paths.ts';

function predecessorsOf(state: ShortestPathState, v: number): number[] {
  const start = state.predecessorStart[v]!;
  return Array.from(state.predecessors.subarray(start, start + state.predecessorCount[v]!)).sort((a, b) => a - b);
}

/** A random graph on up to 12 nodes with weights 1..5, undirected or directed. */
const randomGraph = arbitraryGraph({ weighted: true }).map(({ n, edges }) => buildGraph(n, edges));

/** Checks the shortest-path conditions of a finished run against the arcs of the graph. */
function expectOptimal(graph: Graph, state: ShortestPathState, weighted: boolean): void {
  const { offsets, targets, weights } = graph.out;
  const slack = 1e-9;
  for (let u = 0; u < graph.nodeCount; u += 1) {
    if (state.distance[u] === Infinity) continue;
    for (let a = offsets[u]!; a < offsets[u + 1]!; a += 1) {
      const length = weighted ? 1 / weights[a]! : 1;
      // No arc relaxes a settled distance.
      expect(state.distance[targets[a]!]!).toBeLessThanOrEqual(state.distance[u]! + length + slack);
    }
  }
  for (let i = 1; i < state.reachedCount; i += 1) {
    const v = state.order[i]!;
    let paths = 0;
    for (const p of predecessorsOf(state, v)) {
      const arc = Array.from(targets.subarray(offsets[p]!, offsets[p + 1]!)).indexOf(v) + offsets[p]!;
      const length = weighted ? 1 / weights[arc]! : 1;
      expect(Math.abs(state.distance[p]! + length - state.distance[v]!)).toBeLessThan(slack);
      paths += state.sigma[p]!;
    }
    expect(state.sigma[v]).toBeCloseTo(paths, 9);
    expect(state.distance[state.order[i - 1]!]!).toBeLessThanOrEqual(state.distance[v]! + slack);
  }
}

describe('breadth-first search', () => {
  it('gives hop distances, path counts, settle order and predecessors on a path', () => {
    const { nodeCount, edges } = pathGraph(4);
    const state = createShortestPaths(buildGraph(nodeCount, edges));
    runShortestPaths(state, 1);
    expect(Array.from(state.distance)).toEqual([1, 0, 1, 2]);
    expect(Array.from(state.sigma)).toEqual([1, 1, 1, 1]);
    expect(state.reachedCount).toBe(4);
    expect(Array.from(state.order)).toEqual([1, 0, 2, 3]);
    expect(predecessorsOf(state, 3)).toEqual([2]);
    expect(predecessorsOf(state, 1)).toEqual([]);
  });

  it('counts both ways round a square and records both predecessors', () => {
    const graph = buildGraph(4, { sources: [0, 1, 2, 3], targets: [1, 2, 3, 0] });
    const state = createShortestPaths(graph);
    runShortestPaths(state, 0);
    expect(state.distance[2]).toBe(2);
    expect(state.sigma[2]).toBe(2);
    expect(predecessorsOf(state, 2)).toEqual([1, 3]);
  });

  it('follows arcs forwards, backwards or both ways on a directed cycle', () => {
    const { nodeCount, edges } = cycleGraph(4);
    const graph = buildGraph(nodeCount, edges);
    const distances = (direction: 'out' | 'in' | 'undirected'): number[] => {
      const state = createShortestPaths(graph, { direction });
      runShortestPaths(state, 0);
      return Array.from(state.distance);
    };
    expect(distances('out')).toEqual([0, 1, 2, 3]);
    expect(distances('in')).toEqual([0, 3, 2, 1]);
    expect(distances('undirected')).toEqual([0, 1, 2, 1]);
  });

  it('leaves other components at Infinity and only the reached nodes in the order', () => {
    const { nodeCount, edges } = disconnectedGraph();
    const state = createShortestPaths(buildGraph(nodeCount, edges));
    runShortestPaths(state, 4);
    expect(state.reachedCount).toBe(3);
    expect(Array.from(state.order.subarray(0, 3)).sort()).toEqual([3, 4, 5]);
    expect(Array.from(state.distance)).toEqual([Infinity, Infinity, Infinity, 1, 0, 1, Infinity]);
    expect(state.sigma[0]).toBe(0);
  });

  it('matches graphology-shortest-path on the karate club from every source', () => {
    const edges = karateEdgeList();
    const state = createShortestPaths(buildGraph(KARATE_NODE_COUNT, edges));
    const oracle = toGraphology(KARATE_NODE_COUNT, edges);
    for (let s = 0; s < KARATE_NODE_COUNT; s += 1) {
      runShortestPaths(state, s);
      expect(Array.from(state.distance)).toEqual(byNode(KARATE_NODE_COUNT, singleSourceLength(oracle, String(s))));
    }
  });

  it('keeps only distances and the settle order when paths are not counted', () => {
    fc.assert(
      fc.property(randomGraph, (graph) => {
        const full = createShortestPaths(graph);
        const lean = createShortestPaths(graph, { countPaths: false });
        for (let s = 0; s < graph.nodeCount; s += 1) {
          runShortestPaths(full, s);
          runShortestPaths(lean, s);
          expect(Array.from(lean.distance)).toEqual(Array.from(full.distance));
          expect(Array.from(lean.order.subarray(0, lean.reachedCount))).toEqual(Array.from(full.order.subarray(0, full.reachedCount)));
          expect(lean.sigma.every((paths) => paths === 0)).toBe(true);
        }
      }),
    );
  });

  it('rejects a source outside the graph', () => {
    const state = createShortestPaths(buildGraph(2, { sources: [0], targets: [1] }));
    expect(() => runShortestPaths(state, 2)).toThrow(/^analytics\/traversal\/shortest-paths: source 2/);
  });
});

describe('Dijkstra', () => {
  it('takes 1 / weight as the length, so two strong ties beat one weak tie', () => {
    // 0–2 directly with weight 1 (length 1), or 0–1–2 with weights 4 (length 0.25 + 0.25).
    const graph = buildGraph(3, { sources: [0, 0, 1], targets: [2, 1, 2], weights: [1, 4, 4] });
    const state = createShortestPaths(graph, { weighted: true });
    runShortestPaths(state, 0);
    expect(Array.from(state.distance)).toEqual([0, 0.25, 0.5]);
    expect(predecessorsOf(state, 2)).toEqual([1]);
  });

  it('counts paths whose lengths are equal on paper but not in floating point', () => {
    // 0→1→2→3 with weights 3 (1/3 each) against 0→3 with weight 1: 1/3 + 1/3 + 1/3 ≠ 1 in binary.
    const graph = buildGraph(4, { sources: [0, 1, 2, 0], targets: [1, 2, 3, 3], weights: [3, 3, 3, 1] });
    const state = createShortestPaths(graph, { weighted: true });
    runShortestPaths(state, 0);
    expect(state.sigma[3]).toBe(2);
    expect(predecessorsOf(state, 3)).toEqual([0, 2]);
  });

  it('matches graphology-shortest-path Dijkstra on the weighted karate club', () => {
    const edges = karateEdgeList(true);
    const state = createShortestPaths(buildGraph(KARATE_NODE_COUNT, edges), { weighted: true });
    const oracle = toGraphology(KARATE_NODE_COUNT, edges);
    const length = (_: string, attributes: Record<string, unknown>): number => 1 / (attributes.weight as number);
    for (let s = 0; s < KARATE_NODE_COUNT; s += 1) {
      runShortestPaths(state, s);
      const paths = dijkstra.singleSource(oracle, String(s), length);
      for (let v = 0; v < KARATE_NODE_COUNT; v += 1) {
        const path = paths[String(v)]!;
        let total = 0;
        for (let i = 1; i < path.length; i += 1) total += 1 / (oracle.getEdgeAttribute(path[i - 1], path[i], 'weight') as number);
        expect(state.distance[v]).toBeCloseTo(total, 12);
      }
    }
  });
});

describe('shortest-path properties', () => {
  it('settles optimally and counts paths through predecessors, with and without weights', () => {
    fc.assert(
      fc.property(randomGraph, fc.boolean(), (graph, weighted) => {
        const state = createShortestPaths(graph, { weighted });
        for (let s = 0; s < graph.nodeCount; s += 1) {
          runShortestPaths(state, s);
          expectOptimal(graph, state, weighted);
        }
      }),
    );
  });

  it('builds a weighted shortest-path tree without counting paths: the counted distances, each parent on a shortest path', () => {
    fc.assert(
      fc.property(randomGraph, (graph) => {
        const counted = createShortestPaths(graph, { weighted: true });
        const tree = createShortestPaths(graph, { weighted: true, countPaths: false });
        for (let s = 0; s < graph.nodeCount; s += 1) {
          runShortestPaths(counted, s);
          runShortestPaths(tree, s);
          expect(tree.reachedCount).toBe(counted.reachedCount);
          for (let v = 0; v < graph.nodeCount; v += 1) {
            expect(tree.distance[v]).toBeCloseTo(counted.distance[v]!, 12);
            expect(tree.sigma[v]).toBe(0);
            if (v === s || tree.distance[v] === Infinity) {
              expect(tree.predecessorCount[v]).toBe(0);
              continue;
            }
            expect(tree.predecessorCount[v]).toBe(1);
            // The parent's distance plus the arc to v is v's distance.
            const parent = tree.predecessors[tree.predecessorStart[v]!]!;
            const arc = findArc(graph.out, parent, v);
            expect(tree.distance[parent]! + 1 / graph.out.weights[arc]!).toBeCloseTo(tree.distance[v]!, 12);
          }
        }
      }),
    );
  });

  it('reuses its buffers: a run after others equals a run on fresh buffers', () => {
    fc.assert(
      fc.property(randomGraph, fc.boolean(), fc.nat(), (graph, weighted, pick) => {
        const reused = createShortestPaths(graph, { weighted });
        for (let s = 0; s < graph.nodeCount; s += 1) runShortestPaths(reused, s);
        const source = pick % graph.nodeCount;
        runShortestPaths(reused, source);
        const fresh = createShortestPaths(graph, { weighted });
        runShortestPaths(fresh, source);
        expect(Array.from(reused.distance)).toEqual(Array.from(fresh.distance));
        expect(Array.from(reused.sigma)).toEqual(Array.from(fresh.sigma));
        expect(Array.from(reused.predecessorCount)).toEqual(Array.from(fresh.predecessorCount));
        expect(reused.reachedCount).toBe(fresh.reachedCount);
      }),
    );
  });
});
