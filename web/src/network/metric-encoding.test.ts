import { describe, expect, it } from 'vitest';
import type { GraphData } from '../api/types.ts';
import { buildGraph } from './build-graph.ts';
import { otherColour, palette } from './colours.ts';
import { applyEncoding, metricRange, sequentialColour, sizeForShare, type NodeMetrics } from './metric-encoding.ts';

const node = (id: string) => ({ id, type: 'person' as const, label: id, kind: null, organisationId: null, degree: 1 });
const data: GraphData = { truncated: false, nodes: ['a', 'b', 'c', 'd'].map(node), edges: [] };
const built = () => buildGraph(data, {}, { colourBy: 'organisation', hiddenRelationTypes: new Set() }).graph;

function metrics(values: Record<string, { pageRank: number | null; community: number | null }>): Map<string, NodeMetrics> {
  return new Map(Object.entries(values).map(([id, v]) => [id, { ...v } as unknown as NodeMetrics]));
}

const known = metrics({
  a: { pageRank: 0.1, community: 1 },
  b: { pageRank: 0.3, community: 1 },
  c: { pageRank: 0.5, community: 2 },
});

describe('sequentialColour', () => {
  it('runs from light to dark and clamps', () => {
    expect(sequentialColour(0)).toBe('#c6dbef');
    expect(sequentialColour(1)).toBe('#08306b');
    expect(sequentialColour(2)).toBe(sequentialColour(1));
    const lightness = (hex: string) => parseInt(hex.slice(1, 3), 16) + parseInt(hex.slice(3, 5), 16) + parseInt(hex.slice(5, 7), 16);
    expect(lightness(sequentialColour(0.3))).toBeGreaterThan(lightness(sequentialColour(0.6)));
  });
});

describe('metricRange', () => {
  it('ignores unknown values and maps equal values to zero', () => {
    const range = metricRange([2, null, 6, undefined]);
    expect([range.min, range.max, range.share(4)]).toEqual([2, 6, 0.5]);
    expect(metricRange([3, 3]).share(3)).toBe(0);
  });
});

describe('applyEncoding', () => {
  it('leaves the picture as built by default', () => {
    const graph = built();
    const before = graph.getNodeAttributes('a');
    expect(applyEncoding(graph, known, { size: 'degree', colour: null })).toBeNull();
    expect(graph.getNodeAttributes('a')).toEqual(before);
  });

  it('sizes by a metric, the largest value largest, unknown values smallest', () => {
    const graph = built();
    applyEncoding(graph, known, { size: 'pageRank', colour: null });
    expect(graph.getNodeAttribute('c', 'size')).toBe(sizeForShare(1));
    expect(graph.getNodeAttribute('b', 'size')).toBeCloseTo(sizeForShare(0.5));
    expect(graph.getNodeAttribute('a', 'size')).toBe(sizeForShare(0));
    expect(graph.getNodeAttribute('d', 'size')).toBe(sizeForShare(0));
  });

  it('colours by community, the largest first, and names the rest in the legend', () => {
    const graph = built();
    const legend = applyEncoding(graph, known, { size: 'degree', colour: 'community' });
    expect(graph.getNodeAttribute('a', 'color')).toBe(palette[0]);
    expect(graph.getNodeAttribute('c', 'color')).toBe(palette[1]);
    expect(graph.getNodeAttribute('d', 'color')).toBe(otherColour);
    expect(legend).toEqual({
      type: 'community',
      entries: [
        { community: 1, colour: palette[0] },
        { community: 2, colour: palette[1] },
        { community: null, colour: otherColour },
      ],
    });
  });

  it('colours by a metric on the sequential scale with its range in the legend', () => {
    const graph = built();
    const legend = applyEncoding(graph, known, { size: 'degree', colour: 'pageRank' });
    expect(graph.getNodeAttribute('a', 'color')).toBe(sequentialColour(0));
    expect(graph.getNodeAttribute('c', 'color')).toBe(sequentialColour(1));
    expect(legend).toMatchObject({ type: 'metric', metric: 'pageRank', min: 0.1, max: 0.5 });
  });
});
