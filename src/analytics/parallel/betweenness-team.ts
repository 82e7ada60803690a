/**
 * A team of worker threads for betweenness: each worker gets the graph once and then sums
 * Brandes's dependencies over whatever sources it is sent, as often as asked. A large graph
 * is numbered in breadth-first order once for the whole team (locality.ts), and the sorted
 * sources are dealt in batches of a search's width, round-robin: sources close together in
 * that numbering share most of a batched search, and dealing keeps the shares alike. The
 * calling thread takes the first share while the workers take theirs, and the sums are added.
 * Keeping the workers between calls spares a run in rounds (adaptive sampling) a graph copy
 * per round; the workers themselves outlive the team (team-worker.ts).
 */
import { checkSource, type Graph } from '../graph.ts';
import { BreadthFirstOrder } from '../locality.ts';
import { BATCH_WIDTH } from '../metrics/centrality/batched-brandes.ts';
import { addBetweennessSums, betweennessSums, LOCALITY_THRESHOLD, type BetweennessSums } from '../metrics/centrality/betweenness.ts';
import { borrowWorker, giveBack, type SearchOptions, type TeamWorker } from './team-worker.ts';

const MODULE = 'analytics/parallel/betweenness-team';

export type { SearchOptions } from './team-worker.ts';

export class BetweennessTeam {
  private closed = false;

  private constructor(
    private readonly order: BreadthFirstOrder | null,
    private readonly graph: Graph,
    private readonly options: SearchOptions,
    private readonly workers: readonly TeamWorker[],
  ) {}

  /** Borrows `threads − 1` workers (the calling thread is the last member) and sends each the graph. */
  static open(graph: Graph, options: SearchOptions, threads: number): BetweennessTeam {
    if (!(Number.isInteger(threads) && threads >= 1)) throw new Error(`${MODULE}: threads must be a positive integer, got ${threads}`);
    const order = (options.renumber ?? graph.nodeCount >= LOCALITY_THRESHOLD) ? new BreadthFirstOrder(graph) : null;
    const searched = order?.graph ?? graph;
    const searchOptions: SearchOptions = { weighted: options.weighted, directed: options.directed, renumber: false };
    const workers = Array.from({ length: threads - 1 }, () => borrowWorker(searched, searchOptions));
    return new BetweennessTeam(order, searched, searchOptions, workers);
  }

  /** Dependency sums over `sources`, split over the team. */
  async sums(sources: Int32Array): Promise<BetweennessSums> {
    if (this.closed) throw new Error(`${MODULE}: the team was closed`);
    // Checked here, so that no member is sent a source it would fail on.
    const searched = (this.order?.sources(sources, MODULE) ?? checked(sources, this.graph.nodeCount)).sort();
    const shares = deal(searched, Math.min(this.workers.length + 1, Math.max(1, sources.length)), BATCH_WIDTH);
    const pending = shares.slice(1).map((share, i) => this.workers[i]!.sums(share));
    // The calling thread works on its share while the workers work on theirs.
    let own: BetweennessSums;
    try {
      own = betweennessSums(this.graph, shares[0]!, this.options);
    } catch (error) {
      // The workers' answers (or failures) are awaited, so none is left unhandled.
      await Promise.allSettled(pending);
      throw error;
    }
    const results = await Promise.all(pending);
    const total = results.reduce<BetweennessSums>((sum, result) => addBetweennessSums(sum, { ...result }), own);
    if (!this.order) return total;
    return { sums: this.order.back(total.sums), squares: this.order.back(total.squares), sourceCount: total.sourceCount };
  }

  /** Gives the workers back. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await Promise.all(this.workers.map((worker) => giveBack(worker)));
  }
}

function checked(sources: Int32Array, n: number): Int32Array {
  for (const source of sources) checkSource(MODULE, source, n);
  return Int32Array.from(sources);
}

/** Deals the sources into `count` shares, `batch` consecutive sources at a time, round-robin. */
export function deal(sources: Int32Array, count: number, batch = 1): Int32Array[] {
  const shares = Array.from({ length: count }, () => [] as number[]);
  for (let i = 0; i < sources.length; i += 1) shares[Math.floor(i / batch) % count]!.push(sources[i]!);
  return shares.map((share) => Int32Array.from(share));
}
