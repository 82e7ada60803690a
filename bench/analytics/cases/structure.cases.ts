/**
 * Structure metrics. graphology has no counterpart for these (its packages offer no
 * bridges, articulation points, k-core, constraint or local clustering), so only Kring's
 * time is measured.
 */
import type { MetricCase } from './case.types.ts';

export const structureCases: MetricCase[] = [
  {
    key: 'components',
    label: 'connected components',
    agreement: 'none',
    inFullSet: true,
    kring: {
      async prepare({ graph }) {
        const { connectedComponents } = await import('../../../src/analytics/metrics/structure/components.ts');
        return () => ({ scalar: connectedComponents(graph).count });
      },
    },
  },
  {
    key: 'bridges',
    label: 'bridges',
    agreement: 'none',
    inFullSet: true,
    kring: {
      async prepare({ graph }) {
        const { bridges } = await import('../../../src/analytics/metrics/structure/bridges.ts');
        return () => ({ scalar: bridges(graph).sources.length });
      },
    },
  },
  {
    key: 'articulation',
    label: 'articulation points',
    agreement: 'none',
    inFullSet: true,
    kring: {
      async prepare({ graph }) {
        const { articulationPoints } = await import('../../../src/analytics/metrics/structure/articulation-points.ts');
        return () => ({ scalar: articulationPoints(graph).points.length });
      },
    },
  },
];

export const moreStructureCases: MetricCase[] = [
  {
    key: 'clustering',
    label: 'local clustering',
    agreement: 'none',
    inFullSet: true,
    kring: {
      async prepare({ graph }) {
        const { clustering } = await import('../../../src/analytics/metrics/structure/index.ts');
        return () => {
          const result = clustering(graph);
          return {
            values: result.coefficients,
            note: `average ${result.average.toFixed(3)}, transitivity ${result.transitivity.toFixed(3)}`,
          };
        };
      },
    },
  },
  {
    key: 'k-core',
    label: 'k-core',
    agreement: 'none',
    inFullSet: true,
    kring: {
      async prepare({ graph }) {
        const { coreNumbers } = await import('../../../src/analytics/metrics/structure/index.ts');
        return () => ({ note: `largest core ${coreNumbers(graph).maxCore}` });
      },
    },
  },
  {
    key: 'constraint',
    label: "Burt's constraint and effective size",
    agreement: 'none',
    inFullSet: true,
    kring: {
      async prepare({ graph }) {
        const { structuralHoles } = await import('../../../src/analytics/metrics/structure/index.ts');
        return () => ({ values: structuralHoles(graph).constraint });
      },
    },
  },
];
