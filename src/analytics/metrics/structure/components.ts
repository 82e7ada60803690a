/**
 * Connected components of the undirected view, by breadth-first search over the rows:
 * O(n + m), no recursion.
 *
 * Components are numbered by size, largest first (ties: the one holding the smaller node
 * first), so label 0 is always the giant component.
 */
import type { Graph } from '../../graph.ts';

export interface Components {
  /** By node: its component, 0..count-1. */
  readonly labels: Int32Array;
  /** By component: its number of nodes, descending. */
  readonly sizes: Int32Array;
  readonly count: number;
}

/** Labels every node with its connected component, largest component first. */
export function connectedComponents(graph: Graph): Components {
  const { offsets, targets } = graph.undirected;
  const n = graph.nodeCount;
  const found = new Int32Array(n).fill(-1);
  const queue = new Int32Array(n);
  const foundSizes: number[] = [];
  for (let start = 0; start < n; start += 1) {
    if (found[start] !== -1) continue;
    const component = foundSizes.length;
    let head = 0;
    let tail = 0;
    queue[tail++] = start;
    found[start] = component;
    while (head < tail) {
      const v = queue[head++]!;
      for (let a = offsets[v]!; a < offsets[v + 1]!; a += 1) {
        const w = targets[a]!;
        if (found[w] !== -1) continue;
        found[w] = component;
        queue[tail++] = w;
      }
    }
    foundSizes.push(tail);
  }
  // Components were found in order of their smallest node, so a stable sort by size keeps that tie-break.
  const bySize = foundSizes.map((_, c) => c).sort((x, y) => foundSizes[y]! - foundSizes[x]! || x - y);
  const rank = new Int32Array(bySize.length);
  bySize.forEach((c, r) => (rank[c] = r));
  const labels = new Int32Array(n);
  for (let v = 0; v < n; v += 1) labels[v] = rank[found[v]!]!;
  return { labels, sizes: Int32Array.from(bySize, (c) => foundSizes[c]!), count: bySize.length };
}
