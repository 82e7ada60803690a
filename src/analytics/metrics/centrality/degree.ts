/**
 * Degree and strength centrality: how many neighbours a node has, and the summed weight of
 * its ties. L. C. Freeman, "Centrality in social networks: conceptual clarification",
 * Social Networks 1(3):215–239, 1979; strength after A. Barrat et al., PNAS 101(11), 2004.
 *
 * Parallel relations were merged by `buildGraph`, so degree counts distinct neighbours and
 * strength sums the merged weights. In a directed graph `total` is in + out, as networkx and
 * graphology count it; an undirected edge inside a directed graph is two arcs, so it adds
 * two. In an undirected graph every mode gives the number of neighbours.
 */
import type { Adjacency, Graph } from '../../graph.ts';

export type DegreeMode = 'in' | 'out' | 'total';

export interface DegreeOptions {
  /** Count incoming arcs, outgoing arcs or both (directed graphs only). */
  mode?: DegreeMode;
  /** Divide by n − 1, the most neighbours a node can have (as graphology's degree centrality). */
  normalized?: boolean;
}

export const DEFAULTS: Required<DegreeOptions> = { mode: 'total', normalized: false };

/** Number of neighbours of every node. */
export function degreeCentrality(graph: Graph, options: DegreeOptions = {}): Float64Array {
  return tally(graph, options, (adjacency, v) => adjacency.offsets[v + 1]! - adjacency.offsets[v]!);
}

/** Summed weight of every node's ties (its weighted degree). */
export function strengthCentrality(graph: Graph, options: DegreeOptions = {}): Float64Array {
  return tally(graph, options, (adjacency, v) => {
    let sum = 0;
    for (let a = adjacency.offsets[v]!; a < adjacency.offsets[v + 1]!; a += 1) sum += adjacency.weights[a]!;
    return sum;
  });
}

function tally(graph: Graph, options: DegreeOptions, measure: (adjacency: Adjacency, v: number) => number): Float64Array {
  const { mode, normalized } = { ...DEFAULTS, ...options };
  if (mode !== 'in' && mode !== 'out' && mode !== 'total') {
    throw new Error(`analytics/metrics/centrality/degree: unknown mode ${String(mode)}`);
  }
  const n = graph.nodeCount;
  const result = new Float64Array(n);
  const both = mode === 'total' && graph.directed;
  const first = mode === 'in' ? graph.in : graph.out;
  for (let v = 0; v < n; v += 1) result[v] = measure(first, v) + (both ? measure(graph.in, v) : 0);
  if (normalized && n > 1) for (let v = 0; v < n; v += 1) result[v]! /= n - 1;
  return result;
}
