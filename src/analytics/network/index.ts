/** Building the network graph from a workspace's records, and explaining its ties. */
export { buildNetwork } from './build-network.ts';
export { NETWORK_DEFAULTS, resolveNetworkOptions, type NetworkOptions, type NetworkSettings } from './network-options.ts';
export { describeTie, nodeIndexById, strongestTie, strongestTieOnArc, tiesBetween, type TieDescription } from './explain-ties.ts';
export { validOn } from './collect-ties.ts';
export * from './network.types.ts';
