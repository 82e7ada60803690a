/**
 * How a network is built: the projection, the date, and how ties become weights.
 *
 * Weights: a relation of strength s (1–5) weighs `strengthWeights[s - 1]`, by default s
 * itself, so weighted degree reads as "sum of tie strengths". Parallel relations between
 * one pair add up (a pair that both works together and advises weighs more). Ties without
 * a strength get a fixed weight: an affiliation and a unit's place in its organisation
 * count as an ordinary relation (3); a colleague tie (shared small organisation, no
 * recorded relation) as less than the weakest recorded one (0.5).
 */
import type { Projection } from './network.types.ts';

export interface NetworkOptions {
  /** Which records are nodes; see `buildNetwork`. */
  projection?: Projection;
  /** Only affiliations and relations valid on this ISO date; null for all of them. */
  onDate?: string | null;
  /** The weight of strength 1..5, in that order. */
  strengthWeights?: readonly number[];
  /** Directed relations become one-way arcs; false treats every relation as mutual. */
  respectDirection?: boolean;
  /** Weight of a person—organisation affiliation tie (people-and-organisations). */
  affiliationWeight?: number;
  /** Link units to their parent organisation (people-and-organisations). */
  unitTies?: boolean;
  unitWeight?: number;
  /** Link the members of small organisations pairwise (people projection). */
  colleagueTies?: boolean;
  colleagueWeight?: number;
  /** Organisations with more members than this on the date get no colleague ties. */
  maxColleagueGroup?: number;
  /** Organisations projection: count a unit's ties as its top-level organisation's. */
  rollUpUnits?: boolean;
}

export type NetworkSettings = Required<NetworkOptions>;

export const NETWORK_DEFAULTS: NetworkSettings = {
  projection: 'people-and-organisations',
  onDate: null,
  strengthWeights: [1, 2, 3, 4, 5],
  respectDirection: true,
  affiliationWeight: 3,
  unitTies: true,
  unitWeight: 3,
  colleagueTies: false,
  colleagueWeight: 0.5,
  maxColleagueGroup: 12,
  rollUpUnits: false,
};

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

/** The options with defaults filled in, or an error naming every bad option. */
export function resolveNetworkOptions(options: NetworkOptions = {}): NetworkSettings {
  const settings = withDefaults(NETWORK_DEFAULTS, options);
  const problems: string[] = [];
  if (!['people', 'people-and-organisations', 'organisations'].includes(settings.projection)) {
    problems.push(`projection must be people, people-and-organisations or organisations, not ${settings.projection}`);
  }
  if (settings.onDate !== null && !isoDate.test(settings.onDate)) problems.push(`onDate must be YYYY-MM-DD, not ${settings.onDate}`);
  if (settings.strengthWeights.length !== 5 || !settings.strengthWeights.every(positive)) {
    problems.push('strengthWeights must hold five positive numbers');
  }
  for (const key of ['affiliationWeight', 'unitWeight', 'colleagueWeight'] as const) {
    if (!positive(settings[key])) problems.push(`${key} must be a positive number`);
  }
  if (!(Number.isInteger(settings.maxColleagueGroup) && settings.maxColleagueGroup >= 2)) {
    problems.push('maxColleagueGroup must be an integer of at least 2');
  }
  if (problems.length > 0) throw new Error(`analytics/network: ${problems.join('; ')}`);
  return settings;
}

/** The defaults overridden by every option that is set (an option set to undefined keeps its default). */
export function withDefaults<T extends object>(defaults: Required<T>, options: T): Required<T> {
  const settings = { ...defaults };
  for (const [key, value] of Object.entries(options)) {
    if (value !== undefined) (settings as Record<string, unknown>)[key] = value;
  }
  return settings;
}

function positive(value: number): boolean {
  return Number.isFinite(value) && value > 0;
}
