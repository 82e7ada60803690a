/** The centrality metrics of the analytics module. */
export { degreeCentrality, strengthCentrality, type DegreeMode, type DegreeOptions } from './degree.ts';
export { pagerank, type PageRankOptions } from './pagerank.ts';
export { eigenvectorCentrality, type EigenvectorOptions } from './eigenvector.ts';
export {
  addBetweennessSums,
  betweennessCentrality,
  betweennessSums,
  exactBetweenness,
  type BetweennessOptions,
  type BetweennessSums,
} from './betweenness.ts';
export {
  choosePivots,
  estimateBetweenness,
  sampledBetweenness,
  type BetweennessEstimate,
  type SampledBetweennessOptions,
} from './sampled-betweenness.ts';
export { adaptiveBetweenness, type AdaptiveBetweennessEstimate, type AdaptiveBetweennessOptions } from './adaptive-betweenness.ts';
export { closenessCentrality, harmonicCentrality, type ClosenessOptions } from './closeness.ts';
export {
  sampledCloseness,
  sampledDistanceCentralities,
  sampledHarmonic,
  type CentralityEstimate,
  type SampledClosenessOptions,
} from './sampled-closeness.ts';
