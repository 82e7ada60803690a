import { MultiUndirectedGraph } from 'graphology';
import forceAtlas2Module from 'graphology-layout-forceatlas2';
import { seededPosition, type LayoutRequest, type LayoutResult } from './layout-protocol.ts';

/**
 * ForceAtlas2 off the main thread: the page stays responsive while the picture is laid out.
 * Known positions are the starting point, so a picture that grew keeps its shape.
 */
interface WorkerScope {
  onmessage: ((event: MessageEvent<LayoutRequest>) => void) | null;
  postMessage: (message: LayoutResult) => void;
}
const scope = self as unknown as WorkerScope;

// The package is CommonJS: bundlers hand over module.exports, while NodeNext typing sees it
// under `default`. Accept both so the types and the runtime agree.
const forceAtlas2 = ((forceAtlas2Module as unknown as { default?: unknown }).default ??
  forceAtlas2Module) as typeof forceAtlas2Module.default;

scope.onmessage = (event) => {
  const started = performance.now();
  const { nodes, edges, iterations } = event.data;
  const graph = new MultiUndirectedGraph<{ x: number; y: number }, { weight: number }>({ allowSelfLoops: false });
  for (const n of nodes) {
    const [x, y] = n.x !== undefined && n.y !== undefined ? [n.x, n.y] : seededPosition(n.id);
    graph.addNode(n.id, { x, y });
  }
  for (const e of edges) {
    if (e.from !== e.to && graph.hasNode(e.from) && graph.hasNode(e.to)) graph.addEdge(e.from, e.to, { weight: e.weight });
  }
  const settings = { ...forceAtlas2.inferSettings(graph), barnesHutOptimize: graph.order > 500 };
  forceAtlas2.assign(graph, { iterations, settings, getEdgeWeight: 'weight' });
  const positions: LayoutResult['positions'] = {};
  graph.forEachNode((id, attrs) => {
    positions[id] = [round(attrs.x), round(attrs.y)];
  });
  scope.postMessage({ positions, ms: performance.now() - started });
};

const round = (v: number) => Math.round(v * 100) / 100;
