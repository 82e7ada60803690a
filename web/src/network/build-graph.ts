import { MultiGraph } from 'graphology';
import type { GraphData, GraphNode } from '../api/types.ts';
import { assignColours, otherColour, sizeForDegree } from './colours.ts';
import { seededPosition } from './layout-protocol.ts';

export type ColourBy = 'organisation' | 'kind';

export interface NodeAttributes {
  x: number;
  y: number;
  size: number;
  color: string;
  label: string;
  group: string | null;
  nodeType: GraphNode['type'];
  kind: string | null;
  degree: number;
}

export interface EdgeAttributes {
  size: number;
  color: string;
  type: 'line' | 'arrow';
  relationType: string;
}

export type NetworkGraph = MultiGraph<NodeAttributes, EdgeAttributes>;

/** The group a node is coloured by: its organisation, or its kind (people have the kind "person"). */
export function groupOf(node: GraphNode, colourBy: ColourBy): string | null {
  if (colourBy === 'kind') return node.type === 'person' ? 'person' : (node.kind ?? 'other');
  return node.organisationId ?? (node.type === 'organisation' ? node.id : null);
}

/**
 * Builds the graph sigma draws: positions from the stored layout, colour by group, size by
 * number of relations. Edges of relation types that are switched off are left out.
 */
export function buildGraph(
  data: GraphData,
  positions: Record<string, [number, number]>,
  options: { colourBy: ColourBy; hiddenRelationTypes: ReadonlySet<string> },
): { graph: NetworkGraph; colours: Map<string, string> } {
  const colours = assignColours(data.nodes.map((n) => groupOf(n, options.colourBy)));
  const graph: NetworkGraph = new MultiGraph<NodeAttributes, EdgeAttributes>({ allowSelfLoops: false });
  for (const n of data.nodes) {
    const [x, y] = positions[n.id] ?? seededPosition(n.id);
    const group = groupOf(n, options.colourBy);
    graph.addNode(n.id, {
      x,
      y,
      size: sizeForDegree(n.degree),
      color: (group && colours.get(group)) || otherColour,
      label: n.label,
      group,
      nodeType: n.type,
      kind: n.kind,
      degree: n.degree,
    });
  }
  for (const e of data.edges) {
    if (options.hiddenRelationTypes.has(e.type) || e.from === e.to) continue;
    if (!graph.hasNode(e.from) || !graph.hasNode(e.to)) continue;
    const attrs: EdgeAttributes = {
      size: 0.5 + e.strength * 0.5,
      color: '#9ca3af',
      type: e.directed ? 'arrow' : 'line',
      relationType: e.type,
    };
    if (e.directed) graph.addDirectedEdgeWithKey(e.id, e.from, e.to, attrs);
    else graph.addUndirectedEdgeWithKey(e.id, e.from, e.to, attrs);
  }
  return { graph, colours };
}
