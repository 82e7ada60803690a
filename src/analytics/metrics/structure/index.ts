/** Structural metrics of the undirected view: components, clustering, cores, cut points and brokerage. */
export { articulationPoints, piecesWithout, type ArticulationPoints } from './articulation-points.ts';
export { bridges, isBridge, sidesOf, type Bridges } from './bridges.ts';
export { clustering, type Clustering } from './clustering.ts';
export { connectedComponents, type Components } from './components.ts';
export { structuralHoles, type StructuralHoles } from './constraint.ts';
export { depthFirstForest, type DfsForest, type ForestOptions, type Piece } from './dfs-forest.ts';
export { coreNumbers, type Cores } from './k-core.ts';
