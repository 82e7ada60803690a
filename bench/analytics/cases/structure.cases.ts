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
