/** The influence questions: paths, introductions, reach, what if someone leaves, recommendations. */
export {
  preparePaths,
  tieLength,
  dayNumber,
  PATH_LENGTH_DEFAULTS,
  type PathDirection,
  type PathIndex,
  type PathLengthOptions,
} from './path-index.ts';
export { bestPaths, pathLength, PATH_DEFAULTS, type InfluencePath, type PathHop, type PathOptions, type PathsResult } from './paths.ts';
export {
  introductions,
  INTRODUCTION_DEFAULTS,
  type Introducer,
  type IntroducerPair,
  type IntroductionOptions,
  type IntroductionsResult,
} from './introductions.ts';
export {
  reach,
  shareWithin,
  REACH_DEFAULTS,
  SHARE_DEFAULTS,
  type ReachOptions,
  type ReachResult,
  type ShareOptions,
  type ShareResult,
} from './reach.ts';
export { whatIfLeaves, WHAT_IF_DEFAULTS, type CutOffPiece, type LostTie, type WhatIfOptions, type WhatIfResult } from './what-if-leaves.ts';
export type { NamedNode, TieSummary } from './tie-summary.ts';
export {
  brokersToMeet,
  staleStrongTies,
  unreachedDecisionMakers,
  BROKER_DEFAULTS,
  STALE_TIE_DEFAULTS,
  UNREACHED_DEFAULTS,
  type BrokerMetrics,
  type BrokerOptions,
  type BrokerRecommendation,
  type StaleTie,
  type StaleTieOptions,
  type UnreachedDecisionMaker,
  type UnreachedOptions,
} from './recommendations.ts';
