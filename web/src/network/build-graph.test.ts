import { describe, expect, it } from 'vitest';
import type { GraphData } from '../api/types.ts';
import { buildGraph, groupOf } from './build-graph.ts';
import { assignColours, otherColour, palette, sizeForDegree } from './colours.ts';
import { iterationsFor, seededPosition } from './layout-protocol.ts';

const data: GraphData = {
  truncated: false,
  nodes: [
    { id: 'o1', type: 'organisation', label: 'Gemeente Kapelle', kind: 'municipality', organisationId: null, degree: 2 },
    { id: 'p1', type: 'person', label: 'Anna', kind: null, organisationId: 'o1', degree: 2 },
    { id: 'p2', type: 'person', label: 'Bram', kind: null, organisationId: 'o1', degree: 1 },
  ],
  edges: [
    { id: 'e1', from: 'p1', to: 'o1', type: 'member_of', directed: true, strength: 3 },
    { id: 'e2', from: 'p1', to: 'p2', type: 'knows', directed: false, strength: 5 },
    { id: 'e3', from: 'p2', to: 'gone', type: 'knows', directed: false, strength: 1 },
  ],
};

describe('buildGraph', () => {
  it('places nodes, colours them by organisation and sizes them by degree', () => {
    const { graph, colours } = buildGraph(data, { o1: [1, 2] }, { colourBy: 'organisation', hiddenRelationTypes: new Set() });
    expect(graph.order).toBe(3);
    expect(graph.size).toBe(2); // the edge to a node outside the answer is left out
    expect(graph.getNodeAttributes('o1')).toMatchObject({ x: 1, y: 2, color: palette[0], size: sizeForDegree(2) });
    expect(graph.getNodeAttribute('p2', 'color')).toBe(colours.get('o1'));
    expect(graph.getEdgeAttribute('e1', 'type')).toBe('arrow');
    expect(graph.isDirected('e1')).toBe(true);
  });

  it('leaves out relation types that are switched off', () => {
    const { graph } = buildGraph(data, {}, { colourBy: 'kind', hiddenRelationTypes: new Set(['knows']) });
    expect(graph.edges()).toEqual(['e1']);
  });

  it('groups by kind with people as one group', () => {
    expect(groupOf(data.nodes[0]!, 'kind')).toBe('municipality');
    expect(groupOf(data.nodes[1]!, 'kind')).toBe('person');
    expect(groupOf(data.nodes[0]!, 'organisation')).toBe('o1');
  });
});

describe('colours and layout helpers', () => {
  it('gives the most frequent groups their own colour and the rest one shared colour', () => {
    const groups = Array.from({ length: 20 }, (_, i) => `g${i}`).flatMap((g, i) => Array<string>(20 - i).fill(g));
    const colours = assignColours([...groups, null]);
    expect(colours.get('g0')).toBe(palette[0]);
    expect(colours.get('g19')).toBe(otherColour);
  });

  it('starts the layout from stable positions and spends fewer iterations on big graphs', () => {
    expect(seededPosition('abc')).toEqual(seededPosition('abc'));
    expect(seededPosition('abc')).not.toEqual(seededPosition('abd'));
    expect(iterationsFor(100)).toBeGreaterThan(iterationsFor(10_000));
  });
});
