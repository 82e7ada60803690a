/**
 * What one analysis of a workspace's network holds, as typed arrays indexed by node (the
 * network's own node order), so it crosses from the computing worker to the querying
 * worker without copying (the arrays' buffers are transferred) and a page of it is read in
 * O(page size). It never reaches the server: receiving tens of megabytes there costs a
 * full garbage collection that would stall every request.
 */
import type { Projection } from '../../analytics/network/index.ts';

/** The numeric metrics every node has, in the order the API lists them. */
export const metricNames = [
  'degree',
  'inDegree',
  'outDegree',
  'strength',
  'pageRank',
  'betweenness',
  'closeness',
  'harmonic',
  'eigenvector',
  'clustering',
  'coreNumber',
  'constraint',
  'effectiveSize',
  'bridgeCount',
  'cutOff',
] as const;
export type MetricName = (typeof metricNames)[number];

/** How a centrality was computed: exactly, or estimated from a sample with its error. */
export interface Accuracy {
  method: 'exact' | 'sampled';
  /** Sampled sources (pivots); null when exact. */
  samples: number | null;
  /** Every node's value is within this of the exact one with probability `confidence`; 0 when exact. */
  errorBound: number;
  confidence: number | null;
}

export interface CommunitySummary {
  /** 0..count-1, largest first. */
  id: number;
  size: number;
  /** Node indices of the members. */
  members: Int32Array;
  /** The organisation most members belong to (or are), which names the community; null when none. */
  dominantOrganisationId: string | null;
  dominantOrganisationName: string | null;
}

export interface Analysis {
  workspaceId: string;
  projection: Projection;
  networkVersion: number;
  computedAt: string;
  /** Relations and affiliations valid on this date make up the network. */
  onDate: string;
  nodeCount: number;
  /** Connected pairs in the undirected view. */
  tieCount: number;
  values: Record<MetricName, Float64Array>;
  /** Node indices in ascending order of each metric (ties by node index). */
  order: Record<MetricName, Int32Array>;
  /** Competition rank per metric, 1 for the highest value. */
  rank: Record<MetricName, Int32Array>;
  /** Standard error per node of the sampled betweenness; all 0 when exact. */
  betweennessError: Float64Array;
  isArticulationPoint: Uint8Array;
  /** Community per node, -1 when communities could not be computed. */
  community: Int32Array;
  communities: CommunitySummary[];
  modularity: number | null;
  accuracy: { betweenness: Accuracy; closeness: Accuracy; harmonic: Accuracy };
  summary: { components: number; largestComponent: number; averageClustering: number; transitivity: number; maxCore: number };
  /** Milliseconds spent loading rows, building the graph and computing, for operators. */
  timings: { loadMs: number; buildMs: number; computeMs: number };
}

/** What the server learns of a finished analysis: which network it describes, and for the log its size and timings. */
export type AnalysisDone = Pick<Analysis, 'networkVersion' | 'computedAt' | 'onDate' | 'nodeCount' | 'timings'>;
