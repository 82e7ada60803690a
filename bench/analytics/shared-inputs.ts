/** The inputs both libraries share at one size, drawn from the seed, so they answer the same questions. */
import { sampleWithoutReplacement, seededRng } from '../../src/analytics/random.ts';
import type { SharedInputs } from './cases/case.types.ts';

export const PATH_SOURCES = 100;
export const QUERY_PAIRS = 200;

/** Sources of the shortest-path trees and pairs of the best-path queries. */
export function sharedInputs(people: number, seed: number): SharedInputs {
  const rng = seededRng(seed + 1);
  const pathSources = sampleWithoutReplacement(rng, people, PATH_SOURCES);
  const pairs = Int32Array.from({ length: 2 * QUERY_PAIRS }, () => Math.floor(rng() * people));
  return { pathSources, pairs, seed };
}
