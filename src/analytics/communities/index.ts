/** Community detection and the quality of a partition. */
export { louvain, type Louvain, type LouvainLevel, type LouvainOptions } from './louvain.ts';
export { modularity, type ModularityOptions } from './modularity.ts';
