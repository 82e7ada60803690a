/**
 * A 4-ary min-heap of node indices keyed by a number, on typed arrays, for Dijkstra's
 * algorithm. Lazy deletion: a node may be pushed again with a smaller key, and the caller
 * skips stale entries (a popped key larger than the node's settled distance). Four children
 * per node halve the depth a push climbs, and a pop compares siblings that share a cache
 * line (D. B. Johnson, "Priority queues with update and finding minimum spanning trees",
 * Information Processing Letters 4(3):53–57, 1975).
 */
export class MinHeap {
  private keys: Float64Array;
  private nodes: Int32Array;
  private count = 0;

  constructor(capacity = 16) {
    this.keys = new Float64Array(Math.max(capacity, 1));
    this.nodes = new Int32Array(Math.max(capacity, 1));
  }

  get size(): number {
    return this.count;
  }

  clear(): void {
    this.count = 0;
  }

  push(node: number, key: number): void {
    if (this.count === this.keys.length) this.grow();
    let i = this.count++;
    while (i > 0) {
      const parent = (i - 1) >> 2;
      if (this.keys[parent]! <= key) break;
      this.keys[i] = this.keys[parent]!;
      this.nodes[i] = this.nodes[parent]!;
      i = parent;
    }
    this.keys[i] = key;
    this.nodes[i] = node;
  }

  /** The smallest key; only valid when size > 0. */
  peekKey(): number {
    return this.keys[0]!;
  }

  /** Removes the entry with the smallest key and returns its node; only valid when size > 0. */
  pop(): number {
    const top = this.nodes[0]!;
    const last = --this.count;
    const key = this.keys[last]!;
    const node = this.nodes[last]!;
    const keys = this.keys;
    let i = 0;
    for (;;) {
      const first = 4 * i + 1;
      if (first >= last) break;
      // The smallest of up to four children.
      let child = first;
      let smallest = keys[first]!;
      const end = Math.min(first + 4, last);
      for (let c = first + 1; c < end; c += 1) {
        if (keys[c]! < smallest) {
          smallest = keys[c]!;
          child = c;
        }
      }
      if (smallest >= key) break;
      keys[i] = smallest;
      this.nodes[i] = this.nodes[child]!;
      i = child;
    }
    keys[i] = key;
    this.nodes[i] = node;
    return top;
  }

  private grow(): void {
    const keys = new Float64Array(this.keys.length * 2);
    keys.set(this.keys);
    const nodes = new Int32Array(this.nodes.length * 2);
    nodes.set(this.nodes);
    this.keys = keys;
    this.nodes = nodes;
  }
}
