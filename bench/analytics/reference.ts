/**
 * The reference figures the requirements give (seconds on a 2-core machine, graphology against
 * igraph; igraph is not run here), and the targets Kring's times are held to.
 */

export interface ReferenceFigure {
  readonly graphology?: number;
  readonly igraph?: number;
}

/** Reference seconds by metric key and number of people. */
export const REFERENCE: Readonly<Record<string, Readonly<Record<number, ReferenceFigure>>>> = {
  betweenness: { 10_000: { graphology: 53, igraph: 18.6 } },
  'betweenness-sampled': { 10_000: { graphology: 1.8 }, 100_000: { graphology: 41 } },
  closeness: { 10_000: { graphology: 20, igraph: 7.5 } },
  'shortest-paths': { 10_000: { graphology: 3.8, igraph: 0.23 }, 100_000: { graphology: 67, igraph: 5.2 } },
  pagerank: { 10_000: { graphology: 0.13, igraph: 0.02 }, 100_000: { graphology: 1.0, igraph: 0.36 } },
  louvain: { 10_000: { graphology: 0.13, igraph: 0.1 }, 100_000: { graphology: 0.69, igraph: 2.4 } },
  eigenvector: { 10_000: { graphology: 0.14, igraph: 0.07 }, 100_000: { graphology: 2.1, igraph: 1.6 } },
};

/** Metrics that must beat graphology at least three times over. */
const THREE_TIMES = new Set(['betweenness', 'betweenness-sampled', 'closeness', 'harmonic', 'shortest-paths']);

/** Absolute limits in seconds (per query for query metrics) by metric key and size. */
const ABSOLUTE: Readonly<Record<string, Readonly<Record<number, number>>>> = {
  betweenness: { 10_000: 5 },
  'betweenness-sampled': { 100_000: 3 },
  'best-path': { 100_000: 0.02 },
  'best-paths': { 100_000: 0.02 },
};

/** The full metric set at 100,000 people: seconds and peak megabytes. */
export const FULL_SET_LIMIT = { people: 100_000, seconds: 20, peakMB: 1024 };

/**
 * The time Kring must stay under: the faster of graphology (as measured now) and igraph
 * (reference figure), a third of graphology for the path-based metrics, and any absolute
 * limit. Undefined when nothing is known to compare with.
 */
export function timeTarget(key: string, people: number, graphologySeconds: number | undefined): number | undefined {
  const limits: number[] = [];
  if (graphologySeconds !== undefined) limits.push(THREE_TIMES.has(key) ? graphologySeconds / 3 : graphologySeconds);
  const igraph = REFERENCE[key]?.[people]?.igraph;
  if (igraph !== undefined) limits.push(igraph);
  const absolute = ABSOLUTE[key]?.[people];
  if (absolute !== undefined) limits.push(absolute);
  return limits.length > 0 ? Math.min(...limits) : undefined;
}
