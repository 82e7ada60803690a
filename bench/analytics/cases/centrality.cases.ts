/** Degree, strength, PageRank and eigenvector centrality, against graphology-metrics. */
import type { AbstractGraph } from 'graphology-types';
import type { Graph } from '../../../src/analytics/graph.ts';
import { valuesByNode } from '../graphology-network.ts';
import type { MetricCase } from './case.types.ts';

const loadKring = () => import('../../../src/analytics/metrics/centrality/index.ts');
const loadGraphology = async () => ({
  ...(await import('graphology-metrics/centrality/index.js')),
  ...(await import('graphology-metrics/node/weighted-degree.js')),
});
type KringCentrality = Awaited<ReturnType<typeof loadKring>>;
type GraphologyCentrality = Awaited<ReturnType<typeof loadGraphology>>;

/** A per-node metric both libraries compute, compared by the largest difference. */
function comparedCase(
  key: string,
  label: string,
  kring: (centrality: KringCentrality, graph: Graph) => Float64Array,
  graphology: (centrality: GraphologyCentrality, graph: AbstractGraph, people: number) => Float64Array,
): MetricCase {
  return {
    key,
    label,
    agreement: 'exact',
    inFullSet: true,
    kring: {
      async prepare({ graph }) {
        const centrality = await loadKring();
        return () => ({ values: kring(centrality, graph) });
      },
    },
    graphology: {
      async prepare({ graph, network }) {
        const centrality = await loadGraphology();
        return () => ({ values: graphology(centrality, graph, network.people) });
      },
    },
  };
}

export const centralityCases: MetricCase[] = [
  comparedCase(
    'degree',
    'degree (normalised)',
    (c, graph) => c.degreeCentrality(graph, { normalized: true }),
    (c, graph, people) => valuesByNode(people, c.degree(graph)),
  ),
  comparedCase(
    'strength',
    'strength (weighted degree)',
    (c, graph) => c.strengthCentrality(graph),
    (c, graph, people) => Float64Array.from({ length: people }, (_, p) => c.weightedDegree(graph, String(p), 'weight')),
  ),
  comparedCase(
    'pagerank',
    'PageRank (weighted)',
    (c, graph) => c.pagerank(graph, { weighted: true }),
    (c, graph, people) => valuesByNode(people, c.pagerank(graph, { getEdgeWeight: 'weight' })),
  ),
  comparedCase(
    'eigenvector',
    'eigenvector (weighted)',
    (c, graph) => c.eigenvectorCentrality(graph, { weighted: true }),
    (c, graph, people) => valuesByNode(people, c.eigenvector(graph, { getEdgeWeight: 'weight' })),
  ),
];
