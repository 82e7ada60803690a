/**
 * Local clustering coefficient: the share of a node's pairs of neighbours that are tied
 * themselves. Unweighted; ties in either direction count once.
 *
 * D. J. Watts & S. H. Strogatz, "Collective dynamics of 'small-world' networks",
 * Nature 393:440–442, 1998.
 *
 *   C(v) = 2·T(v) / (d(v)·(d(v) − 1)),  0 when d(v) < 2
 *   average      = Σ C(v) / n            (nodes of degree < 2 count as 0, as in networkx)
 *   transitivity = Σ T(v) / Σ d(v)·(d(v) − 1)/2   (three times the triangles over the connected triples)
 *
 * where T(v) is the number of triangles through v and d(v) its number of neighbours.
 */
import type { Graph } from '../../graph.ts';
import { forEachTriangle } from './triangles.ts';

export interface Clustering {
  /** By node: its local clustering coefficient in [0, 1]. */
  readonly coefficients: Float64Array;
  /** By node: the number of triangles it is part of. */
  readonly triangles: Float64Array;
  /** The mean of the local coefficients over all nodes (0 for an empty graph). */
  readonly average: number;
  /** The global clustering coefficient (0 when there is no connected triple). */
  readonly transitivity: number;
}

/** Computes local clustering for every node, their average and the transitivity. */
export function clustering(graph: Graph): Clustering {
  const n = graph.nodeCount;
  const { offsets } = graph.undirected;
  const triangles = new Float64Array(n);
  forEachTriangle(graph.undirected, (u, v, w) => {
    triangles[u]! += 1;
    triangles[v]! += 1;
    triangles[w]! += 1;
  });
  const coefficients = new Float64Array(n);
  let sum = 0;
  let closed = 0;
  let triples = 0;
  for (let v = 0; v < n; v += 1) {
    const d = offsets[v + 1]! - offsets[v]!;
    const pairs = (d * (d - 1)) / 2;
    if (pairs > 0) coefficients[v] = triangles[v]! / pairs;
    sum += coefficients[v]!;
    closed += triangles[v]!;
    triples += pairs;
  }
  return { coefficients, triangles, average: n > 0 ? sum / n : 0, transitivity: triples > 0 ? closed / triples : 0 };
}
