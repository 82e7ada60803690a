/**
 * Influence paths: the best path between two people, as the product asks it, for 200 random
 * pairs at each size. Kring's query runs on the network built from records (people and
 * relations; built and indexed once, untimed) with its own hop length, 1/strength plus a
 * fixed hop cost; graphology's bidirectional Dijkstra gets the same lengths. The time is per
 * query. Agreement: the lengths of the best paths.
 */
import { pathLengthIn, type EdgeLength } from '../graphology-network.ts';
import type { ProfessionalNetwork } from '../professional-network.ts';
import { QUERY_PAIRS } from '../shared-inputs.ts';
import type { MetricCase } from './case.types.ts';

/** The three best paths is what the product shows; the single best is what graphology can compare. */
const PRODUCT_K = 3;

async function prepareIndex(network: ProfessionalNetwork) {
  const { buildNetwork } = await import('../../../src/analytics/network/index.ts');
  const { preparePaths } = await import('../../../src/analytics/influence/index.ts');
  const people = Array.from({ length: network.people }, (_, p) => ({ id: `p${p}`, name: `Person ${p}` }));
  const relations = Array.from(network.sources, (source, e) => ({
    id: `r${e}`,
    from: `p${source}`,
    to: `p${network.targets[e]}`,
    type: 'knows',
    directed: false,
    strength: network.weights[e]!,
  }));
  const built = buildNetwork({ people, organisations: [], affiliations: [], relations }, { projection: 'people' });
  return { built, index: preparePaths(built) };
}

function bestPathCase(key: string, label: string, k: number): MetricCase {
  return {
    key,
    label,
    agreement: k === 1 ? 'exact' : 'none',
    queries: QUERY_PAIRS,
    inFullSet: false,
    kring: {
      async prepare({ network, shared }) {
        const { bestPaths } = await import('../../../src/analytics/influence/index.ts');
        const { built, index } = await prepareIndex(network);
        return () => {
          const lengths = new Float64Array(QUERY_PAIRS);
          for (let q = 0; q < lengths.length; q += 1) {
            const found = bestPaths(built, index, shared.pairs[2 * q]!, shared.pairs[2 * q + 1]!, { k });
            lengths[q] = found.paths[0]?.length ?? Infinity;
          }
          return { values: lengths };
        };
      },
    },
    graphology:
      k === 1
        ? {
            async prepare({ graph, shared }) {
              const { bidirectional } = await import('graphology-shortest-path/dijkstra.js');
              const { PATH_LENGTH_DEFAULTS } = await import('../../../src/analytics/influence/index.ts');
              const hopLength: EdgeLength = (_edge, attributes) => 1 / (attributes.weight as number) + PATH_LENGTH_DEFAULTS.hopCost;
              return () => {
                const paths = Array.from({ length: QUERY_PAIRS }, (_, q) =>
                  bidirectional(graph, String(shared.pairs[2 * q]), String(shared.pairs[2 * q + 1]), hopLength),
                );
                return () => ({ values: Float64Array.from(paths, (path) => pathLengthIn(graph, path, hopLength)) });
              };
            },
          }
        : undefined,
  };
}

export const bestPathCases: MetricCase[] = [
  bestPathCase('best-path', 'best path between two people (query)', 1),
  bestPathCase('best-paths', `${PRODUCT_K} best paths between two people (query)`, PRODUCT_K),
];
