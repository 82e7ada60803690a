/**
 * Connected components of the undirected view, by breadth-first search over the rows:
 * O(n + m), no recursion.
 *
 * Components are numbered by size, largest first (ties: the one holding the smaller node
 * first), so label 0 is always the giant component.
 */
import type { Graph } from '../../graph.ts';
import { rankBySize, type RankedPartition } from '../../partition.ts';

/** By node its component (0..count-1), and by component its size, largest first. */
export type Components = RankedPartition;

/** Labels every node with its connected component, largest component first. */
export function connectedComponents(graph: Graph): Components {
  const { offsets, targets } = graph.undirected;
  const n = graph.nodeCount;
  const found = new Int32Array(n).fill(-1);
  const queue = new Int32Array(n);
  let componentCount = 0;
  for (let start = 0; start < n; start += 1) {
    if (found[start] !== -1) continue;
    const component = componentCount++;
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
  }
  return rankBySize(found, componentCount);
}
