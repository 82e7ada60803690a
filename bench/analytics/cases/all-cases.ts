/** Every benchmarked metric, in the order the table lists them. */
import { bestPathCases } from './best-path.cases.ts';
import { betweennessCases } from './betweenness.cases.ts';
import type { MetricCase } from './case.types.ts';
import { centralityCases } from './centrality.cases.ts';
import { closenessCases } from './closeness.cases.ts';
import { communityCases } from './communities.cases.ts';
import { fullSetCases } from './full-set.cases.ts';
import { pathCases } from './paths.cases.ts';
import { structureCases } from './structure.cases.ts';

export const ALL_CASES: readonly MetricCase[] = [
  ...centralityCases,
  ...betweennessCases,
  ...closenessCases,
  ...pathCases,
  ...communityCases,
  ...structureCases,
  ...fullSetCases,
  // Last: the records they build from would otherwise count in the full set's peak memory.
  ...bestPathCases,
];

/** The cases named in `--only` (all when empty); unknown names are an error that lists the known ones. */
export function selectCases(only: readonly string[]): MetricCase[] {
  if (only.length === 0) return [...ALL_CASES];
  const known = new Set(ALL_CASES.map((c) => c.key));
  const unknown = only.filter((key) => !known.has(key));
  if (unknown.length > 0) throw new Error(`bench/analytics: unknown metric(s) ${unknown.join(', ')}; known: ${[...known].join(', ')}`);
  return ALL_CASES.filter((c) => only.includes(c.key));
}
