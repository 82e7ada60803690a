/**
 * Burt's structural holes: constraint (how much a node's ties lead back into one closed
 * group) and effective size (how many of its ties are non-redundant). Low constraint and
 * high effective size mark a broker.
 *
 * R. S. Burt, "Structural Holes: The Social Structure of Competition", Harvard University
 * Press, 1992; weighted as in networkx's `constraint` and `effective_size`.
 *
 * With w(i,j) the weight of the tie and N(i) the neighbours of i:
 *   p(i,j) = w(i,j) / Σ_{k∈N(i)} w(i,k)                 the share of i's ties invested in j
 *   m(j,q) = w(j,q) / max_{k∈N(j)} w(j,k)               j's tie to q relative to j's strongest
 *   constraint(i)     = Σ_{j∈N(i)} ( p(i,j) + Σ_{q∈N(i), q≠j} p(i,q)·p(q,j) )²
 *   effective size(i) = Σ_{j∈N(i)} ( 1 − Σ_{q∈N(i), q≠j} p(i,q)·m(j,q) )
 * Both are NaN for a node without ties, as in networkx. Unweighted, effective size reduces
 * to Borgatti's d − 2t/d. The inner sums are non-zero only when i, j and q form a
 * triangle, so both follow from one triangle listing: O(m^1.5) rather than O(Σ d²).
 */
import type { Graph } from '../../graph.ts';
import { forEachTriangle, reverseArcs } from './triangles.ts';

export interface StructuralHoles {
  /** By node: Burt's constraint, in (0, 1] for connected nodes (up to 1.125 in a triangle). */
  readonly constraint: Float64Array;
  /** By node: Burt's effective size, between 1 and the node's degree. */
  readonly effectiveSize: Float64Array;
}

/** Computes Burt's constraint and effective size of every node from the weighted undirected view. */
export function structuralHoles(graph: Graph): StructuralHoles {
  const n = graph.nodeCount;
  const adjacency = graph.undirected;
  const { offsets, weights } = adjacency;
  const share = new Float64Array(weights.length);
  const strongest = new Float64Array(n);
  for (let v = 0; v < n; v += 1) {
    let strength = 0;
    for (let a = offsets[v]!; a < offsets[v + 1]!; a += 1) {
      strength += weights[a]!;
      if (weights[a]! > strongest[v]!) strongest[v] = weights[a]!;
    }
    for (let a = offsets[v]!; a < offsets[v + 1]!; a += 1) share[a] = weights[a]! / strength;
  }
  // By arc i→j: Σ p(i,q)·p(q,j) and Σ p(i,q)·m(j,q) over the third corners q of triangles on i–j.
  const indirect = new Float64Array(weights.length);
  const redundancy = new Float64Array(weights.length);
  const reverse = reverseArcs(adjacency);
  // Adds the contribution of corner q to the arc i→j, given the arcs i→q and q→j.
  const add = (ij: number, iq: number, qj: number, j: number): void => {
    indirect[ij]! += share[iq]! * share[qj]!;
    redundancy[ij]! += (share[iq]! * weights[qj]!) / strongest[j]!;
  };
  forEachTriangle(adjacency, (u, v, w, uv, uw, vw) => {
    const vu = reverse[uv]!;
    const wu = reverse[uw]!;
    const wv = reverse[vw]!;
    add(uv, uw, wv, v);
    add(vu, vw, wu, u);
    add(uw, uv, vw, w);
    add(wu, wv, vu, u);
    add(vw, vu, uw, w);
    add(wv, wu, uv, v);
  });
  const constraint = new Float64Array(n);
  const effectiveSize = new Float64Array(n);
  for (let v = 0; v < n; v += 1) {
    const start = offsets[v]!;
    const end = offsets[v + 1]!;
    if (start === end) {
      constraint[v] = effectiveSize[v] = Number.NaN;
      continue;
    }
    let total = 0;
    let redundant = 0;
    for (let a = start; a < end; a += 1) {
      total += (share[a]! + indirect[a]!) ** 2;
      redundant += redundancy[a]!;
    }
    constraint[v] = total;
    effectiveSize[v] = end - start - redundant;
  }
  return { constraint, effectiveSize };
}
