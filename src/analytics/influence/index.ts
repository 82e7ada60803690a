/** The influence questions: paths, introductions, reach, what if someone leaves, recommendations. */
export { preparePaths, tieLength, PATH_LENGTH_DEFAULTS, type PathDirection, type PathIndex, type PathLengthOptions } from './path-index.ts';
export { bestPaths, pathLength, PATH_DEFAULTS, type InfluencePath, type PathHop, type PathOptions, type PathsResult } from './paths.ts';
