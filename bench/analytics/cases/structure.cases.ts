/**
 * Structure metrics. graphology has no counterpart for these (its packages offer no
 * bridges, articulation points, k-core, constraint or local clustering), so only Kring's
 * time is measured, with a figure of the result as a sanity check.
 */
import type { Graph } from '../../../src/analytics/graph.ts';
import type { MetricCase, Outcome } from './case.types.ts';

const loadStructure = () => import('../../../src/analytics/metrics/structure/index.ts');
type Structure = Awaited<ReturnType<typeof loadStructure>>;

function structureCase(key: string, label: string, run: (structure: Structure, graph: Graph) => Outcome): MetricCase {
  return {
    key,
    label,
    agreement: 'none',
    inFullSet: true,
    kring: {
      async prepare({ graph }) {
        const structure = await loadStructure();
        return () => run(structure, graph);
      },
    },
  };
}

export const structureCases: MetricCase[] = [
  structureCase('components', 'connected components', (s, graph) => ({ note: `${s.connectedComponents(graph).count} component(s)` })),
  structureCase('bridges', 'bridges', (s, graph) => ({ note: `${s.bridges(graph).sources.length} bridges` })),
  structureCase('articulation', 'articulation points', (s, graph) => ({ note: `${s.articulationPoints(graph).points.length} points` })),
  structureCase('clustering', 'local clustering', (s, graph) => {
    const result = s.clustering(graph);
    return { values: result.coefficients, note: `average ${result.average.toFixed(3)}, transitivity ${result.transitivity.toFixed(3)}` };
  }),
  structureCase('k-core', 'k-core', (s, graph) => ({ note: `largest core ${s.coreNumbers(graph).maxCore}` })),
  structureCase('constraint', "Burt's constraint and effective size", (s, graph) => ({ values: s.structuralHoles(graph).constraint })),
];
