/**
 * Shortest paths: 100 single-source trees with Dijkstra (arc length 1/strength, a strong tie
 * being short, as Kring's weighted searches define it), against graphology-shortest-path's
 * `dijkstra.singleSource`. Agreement: the distances between the 100 sources.
 */
import { pathLengthIn, type EdgeLength } from '../graphology-network.ts';
import type { MetricCase } from './case.types.ts';

export const pathCases: MetricCase[] = [
  {
    key: 'shortest-paths',
    label: 'shortest paths, 100 single-source trees (weighted)',
    agreement: 'exact',
    inFullSet: false,
    kring: {
      async prepare({ graph, shared }) {
        const { createShortestPaths, runShortestPaths } = await import('../../../src/analytics/traversal/shortest-paths.ts');
        const sources = shared.pathSources;
        return () => {
          const state = createShortestPaths(graph, { direction: 'undirected', weighted: true, countPaths: false });
          const between = new Float64Array(sources.length * sources.length);
          for (let i = 0; i < sources.length; i += 1) {
            runShortestPaths(state, sources[i]!);
            for (let j = 0; j < sources.length; j += 1) between[i * sources.length + j] = state.distance[sources[j]!]!;
          }
          return { values: between };
        };
      },
    },
    graphology: {
      async prepare({ graph, shared }) {
        const { singleSource } = await import('graphology-shortest-path/dijkstra.js');
        const sources = Array.from(shared.pathSources, String);
        const length: EdgeLength = (_edge, attributes) => 1 / (attributes.weight as number);
        return () => {
          // Keep only the paths to the other sources, so the trees themselves can be collected as they would be.
          const trees = sources.map((source) => {
            const paths = singleSource(graph, source, length);
            return sources.map((target) => paths[target]);
          });
          return () => {
            const between = new Float64Array(sources.length * sources.length);
            trees.forEach((paths, i) => paths.forEach((path, j) => (between[i * sources.length + j] = pathLengthIn(graph, path, length))));
            return { values: between };
          };
        };
      },
    },
  },
];
