/**
 * Partitions of the nodes (components, communities) as a label per node. Groups are
 * numbered by size, largest first, ties broken by the group's smallest node, so label 0
 * is always the largest group and the numbering does not depend on how groups were found.
 */

export interface RankedPartition {
  /** By node: its group, 0..count-1, largest group first. */
  readonly labels: Int32Array;
  /** By group: its number of nodes, descending. */
  readonly sizes: Int32Array;
  readonly count: number;
}

/** Renumbers labels 0..count-1 (any non-negative integers below `bound`) by group size, largest first. */
export function rankBySize(labels: ArrayLike<number>, bound: number): RankedPartition {
  const n = labels.length;
  const sizes = new Int32Array(bound);
  // Labels in the order their smallest node meets them: the tie-break.
  const firstSeen: number[] = [];
  for (let v = 0; v < n; v += 1) {
    const label = labels[v]!;
    if (sizes[label] === 0) firstSeen.push(label);
    sizes[label]! += 1;
  }
  const order = firstSeen.sort((x, y) => sizes[y]! - sizes[x]!);
  const rank = new Int32Array(bound);
  order.forEach((label, r) => (rank[label] = r));
  const ranked = new Int32Array(n);
  for (let v = 0; v < n; v += 1) ranked[v] = rank[labels[v]!]!;
  return { labels: ranked, sizes: Int32Array.from(order, (label) => sizes[label]!), count: order.length };
}
