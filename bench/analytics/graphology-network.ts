/**
 * The benchmark network as a graphology graph: node keys are the person numbers as
 * strings, in order, so graphology's indices (built in insertion order) line up with
 * Kring's node numbers; each relation carries its strength as `weight`.
 */
import { UndirectedGraph } from 'graphology';
import type { AbstractGraph } from 'graphology-types';
import type { ProfessionalNetwork } from './professional-network.ts';

/** Builds the undirected graphology graph of a professional network. */
export function graphologyNetwork(network: ProfessionalNetwork): AbstractGraph {
  const graph = new UndirectedGraph();
  for (let p = 0; p < network.people; p += 1) graph.addNode(String(p));
  for (let e = 0; e < network.sources.length; e += 1) {
    graph.addEdge(String(network.sources[e]), String(network.targets[e]), { weight: network.weights[e] });
  }
  return graph;
}

/** Per-node values from a graphology mapping keyed by person number. */
export function valuesByNode(people: number, mapping: Record<string, number>): Float64Array {
  const values = new Float64Array(people);
  for (let p = 0; p < people; p += 1) values[p] = mapping[String(p)] ?? NaN;
  return values;
}

/** A length per edge, from the edge's attributes. */
export type EdgeLength = (edge: string, attributes: Record<string, unknown>) => number;

/** The length of a path of node keys (Infinity for no path). */
export function pathLengthIn(graph: AbstractGraph, path: readonly string[] | null | undefined, length: EdgeLength): number {
  if (!path) return Infinity;
  let total = 0;
  for (let i = 1; i < path.length; i += 1) {
    const edge = graph.edge(path[i - 1], path[i])!;
    total += length(edge, graph.getEdgeAttributes(edge));
  }
  return total;
}
