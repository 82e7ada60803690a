/**
 * Eigenvector centrality: a node is central when its neighbours are, i.e. the principal
 * eigenvector of the (weighted) adjacency matrix of the undirected view. Power iteration on
 * A + I, which has the same eigenvectors but no oscillation on bipartite graphs, normalised
 * to unit Euclidean length — as networkx's `eigenvector_centrality` and graphology's.
 *
 * P. Bonacich, "Factoring and weighting approaches to status scores and clique
 * identification", Journal of Mathematical Sociology 2(1):113–120, 1972.
 */
import type { Graph } from '../../graph.ts';
import { iterateToFixedPoint, type PowerIterationOptions } from './power-iteration.ts';

const MODULE = 'analytics/metrics/centrality/eigenvector';

export interface EigenvectorOptions extends PowerIterationOptions {
  /** Use the summed weights of ties; with false every tie counts as 1. */
  weighted?: boolean;
}

export const DEFAULTS: Required<EigenvectorOptions> = { weighted: true, tolerance: 1e-6, maxIterations: 100 };

/** Eigenvector centrality of every node, as a unit vector. */
export function eigenvectorCentrality(graph: Graph, options: EigenvectorOptions = {}): Float64Array {
  const settings = { ...DEFAULTS, ...options };
  const n = graph.nodeCount;
  if (n === 0) return new Float64Array(0);
  const { offsets, targets, weights } = graph.undirected;
  const weighted = settings.weighted;
  return iterateToFixedPoint(MODULE, new Float64Array(n).fill(1 / n), settings, (previous, next) => {
    next.set(previous);
    for (let v = 0; v < n; v += 1) {
      const x = previous[v]!;
      for (let a = offsets[v]!; a < offsets[v + 1]!; a += 1) next[targets[a]!]! += x * (weighted ? weights[a]! : 1);
    }
    let squares = 0;
    for (let v = 0; v < n; v += 1) squares += next[v]! * next[v]!;
    const norm = Math.sqrt(squares);
    for (let v = 0; v < n; v += 1) next[v]! /= norm;
  });
}
