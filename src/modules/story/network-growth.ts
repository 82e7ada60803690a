/** Turns counts of new items per year into the cumulative growth of the network. */
import type { GrowthPoint } from './story.schema.ts';

export type YearCounts = { year: string; count: number }[];

export interface GrowthInput {
  people: YearCounts;
  organisations: YearCounts;
  relations: YearCounts;
  groupMemberships: YearCounts;
}

const series = ['people', 'organisations', 'relations', 'groupMemberships'] as const;

/** One point per year from the first to the last year seen, every gap year included, totals carried forward. */
export function cumulativeGrowth(input: GrowthInput): GrowthPoint[] {
  const years = series.flatMap((name) => input[name].map((entry) => Number(entry.year))).filter((year) => Number.isInteger(year));
  if (years.length === 0) return [];
  const first = Math.min(...years);
  const last = Math.max(...years);
  const totals = { people: 0, organisations: 0, relations: 0, groupMemberships: 0 };
  const added = Object.fromEntries(
    series.map((name) => [name, new Map(input[name].map((entry) => [Number(entry.year), entry.count]))]),
  ) as Record<(typeof series)[number], Map<number, number>>;
  const points: GrowthPoint[] = [];
  for (let year = first; year <= last; year += 1) {
    for (const name of series) totals[name] += added[name].get(year) ?? 0;
    points.push({ year: String(year), ...totals });
  }
  return points;
}
