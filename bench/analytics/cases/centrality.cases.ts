/** Degree, strength, PageRank and eigenvector centrality, against graphology-metrics. */
import { valuesByNode } from '../graphology-network.ts';
import type { MetricCase } from './case.types.ts';

export const centralityCases: MetricCase[] = [
  {
    key: 'degree',
    label: 'degree (normalised)',
    agreement: 'exact',
    inFullSet: true,
    kring: {
      async prepare({ graph }) {
        const { degreeCentrality } = await import('../../../src/analytics/metrics/centrality/index.ts');
        return () => ({ values: degreeCentrality(graph, { normalized: true }) });
      },
    },
    graphology: {
      async prepare({ graph, network }) {
        const { degree: degreeCentrality } = await import('graphology-metrics/centrality/index.js');
        return () => ({ values: valuesByNode(network.people, degreeCentrality(graph)) });
      },
    },
  },
  {
    key: 'strength',
    label: 'strength (weighted degree)',
    agreement: 'exact',
    inFullSet: true,
    kring: {
      async prepare({ graph }) {
        const { strengthCentrality } = await import('../../../src/analytics/metrics/centrality/index.ts');
        return () => ({ values: strengthCentrality(graph) });
      },
    },
    graphology: {
      async prepare({ graph, network }) {
        const { weightedDegree } = await import('graphology-metrics/node/weighted-degree.js');
        return () => {
          const values = new Float64Array(network.people);
          for (let p = 0; p < network.people; p += 1) values[p] = weightedDegree(graph, String(p), 'weight');
          return { values };
        };
      },
    },
  },
  {
    key: 'pagerank',
    label: 'PageRank (weighted)',
    agreement: 'exact',
    inFullSet: true,
    kring: {
      async prepare({ graph }) {
        const { pagerank } = await import('../../../src/analytics/metrics/centrality/index.ts');
        return () => ({ values: pagerank(graph, { weighted: true }) });
      },
    },
    graphology: {
      async prepare({ graph, network }) {
        const { pagerank } = await import('graphology-metrics/centrality/index.js');
        return () => ({ values: valuesByNode(network.people, pagerank(graph, { getEdgeWeight: 'weight' })) });
      },
    },
  },
  {
    key: 'eigenvector',
    label: 'eigenvector (weighted)',
    agreement: 'exact',
    inFullSet: true,
    kring: {
      async prepare({ graph }) {
        const { eigenvectorCentrality } = await import('../../../src/analytics/metrics/centrality/index.ts');
        return () => ({ values: eigenvectorCentrality(graph, { weighted: true }) });
      },
    },
    graphology: {
      async prepare({ graph, network }) {
        const { eigenvector } = await import('graphology-metrics/centrality/index.js');
        return () => ({ values: valuesByNode(network.people, eigenvector(graph, { getEdgeWeight: 'weight' })) });
      },
    },
  },
];
