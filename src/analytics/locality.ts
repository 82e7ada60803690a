/**
 * Renumbering nodes for memory locality. Node ids come from the database in no useful order,
 * so a search's neighbours are scattered over every array it touches; numbered in
 * breadth-first order (Cuthill–McKee without the degree sort: E. Cuthill and J. McKee,
 * "Reducing the bandwidth of sparse symmetric matrices", ACM 1969), neighbours get nearby
 * numbers and repeated searches hit the cache. On the benchmark's 100,000-person networks this
 * makes a betweenness pivot about 1.8 times faster.
 */
import { checkSource, type Adjacency, type Graph } from './graph.ts';

/** A new number for every node (`newId[old]`): breadth-first over the undirected view, component by component. */
export function breadthFirstNumbering(graph: Graph): Int32Array {
  const n = graph.nodeCount;
  const { offsets, targets } = graph.undirected;
  const newId = new Int32Array(n).fill(-1);
  const queue = new Int32Array(n);
  let tail = 0;
  for (let start = 0; start < n; start += 1) {
    if (newId[start] !== -1) continue;
    newId[start] = tail;
    queue[tail] = start;
    tail += 1;
    for (let head = tail - 1; head < tail; head += 1) {
      const v = queue[head]!;
      for (let a = offsets[v]!; a < offsets[v + 1]!; a += 1) {
        const w = targets[a]!;
        if (newId[w] === -1) {
          newId[w] = tail;
          queue[tail] = w;
          tail += 1;
        }
      }
    }
  }
  return newId;
}

/** The same graph with every node v renumbered newId[v]; rows stay sorted by neighbour. */
export function renumberGraph(graph: Graph, newId: Int32Array): Graph {
  const oldOf = new Int32Array(newId.length);
  for (let v = 0; v < newId.length; v += 1) oldOf[newId[v]!] = v;
  const out = renumberAdjacency(graph.out, newId, oldOf);
  const inward = graph.in === graph.out ? out : renumberAdjacency(graph.in, newId, oldOf);
  const undirected = graph.undirected === graph.out ? out : renumberAdjacency(graph.undirected, newId, oldOf);
  return { nodeCount: graph.nodeCount, directed: graph.directed, out, in: inward, undirected };
}

function renumberAdjacency(adjacency: Adjacency, newId: Int32Array, oldOf: Int32Array): Adjacency {
  const n = newId.length;
  const offsets = new Int32Array(n + 1);
  const targets = new Int32Array(adjacency.targets.length);
  const weights = new Float64Array(adjacency.weights.length);
  let write = 0;
  for (let v = 0; v < n; v += 1) {
    offsets[v] = write;
    const old = oldOf[v]!;
    const rowStart = write;
    for (let a = adjacency.offsets[old]!; a < adjacency.offsets[old + 1]!; a += 1) {
      // Insertion into the sorted row: rows are short, and this keeps findArc's binary search valid.
      const target = newId[adjacency.targets[a]!]!;
      const weight = adjacency.weights[a]!;
      let i = write;
      while (i > rowStart && targets[i - 1]! > target) {
        targets[i] = targets[i - 1]!;
        weights[i] = weights[i - 1]!;
        i -= 1;
      }
      targets[i] = target;
      weights[i] = weight;
      write += 1;
    }
  }
  offsets[n] = write;
  return { offsets, targets, weights };
}

/** A graph numbered in breadth-first order, with the maps to carry sources in and per-node values back. */
export class BreadthFirstOrder {
  readonly graph: Graph;
  private readonly newId: Int32Array;

  constructor(original: Graph) {
    this.newId = breadthFirstNumbering(original);
    this.graph = renumberGraph(original, this.newId);
  }

  /** The sources in the new numbering, checked first: a renumbered out-of-range source would otherwise pass silently. */
  sources(sources: ArrayLike<number>, module: string): Int32Array {
    const n = this.newId.length;
    return Int32Array.from(sources, (source) => {
      checkSource(module, source, n);
      return this.newId[source]!;
    });
  }

  /** A per-node array of the renumbered graph in the original numbering. */
  back(values: Float64Array): Float64Array {
    const back = new Float64Array(values.length);
    for (let v = 0; v < back.length; v += 1) back[v] = values[this.newId[v]!]!;
    return back;
  }
}

/**
 * Runs a per-source search on the graph renumbered in breadth-first order and gives its
 * per-node arrays back in the original numbering (other fields as they are).
 */
export function searchInBreadthFirstNumbering<T extends object>(
  graph: Graph,
  sources: ArrayLike<number>,
  search: (graph: Graph, sources: Int32Array) => T,
  module: string,
): T {
  const order = new BreadthFirstOrder(graph);
  const result = search(order.graph, order.sources(sources, module));
  const mapped: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(result)) {
    mapped[key] = value instanceof Float64Array && value.length === graph.nodeCount ? order.back(value) : value;
  }
  return mapped as T;
}
