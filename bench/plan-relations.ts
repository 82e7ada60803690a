/**
 * Relations with a skewed degree distribution. People "arrive" in index order and link to
 * earlier people chosen in proportion to their degree (Price 1976; Barabási & Albert 1999,
 * "Emergence of scaling in random networks"), so early arrivals become hubs. A share of
 * links goes to colleagues in the same organisation, which gives the network communities.
 */
import type { PlannedPeople } from './plan-people.ts';
import { LAST_DAY, createdBefore, dateOf, dayOf, randomDay, type OrganisationRow, type PersonRow, type RelationRow } from './plan-types.ts';
import { cumulative, type Rng } from './rng.ts';

const TYPES = ['knows', 'works_with', 'reports_to', 'advises', 'member_of', 'commissions', 'supplies', 'funds', 'decides_on'] as const;
type RelationType = (typeof TYPES)[number];
const DIRECTED = new Set<RelationType>(['reports_to', 'advises', 'member_of', 'commissions', 'supplies', 'funds', 'decides_on']);
const TYPE_INDEX = new Map<RelationType, number>(TYPES.map((t, i) => [t, i]));

/** A type mix per kind of link, as [types, cumulative weights]. */
function mix(entries: [RelationType, number][]): [RelationType[], number[]] {
  return [entries.map(([t]) => t), cumulative(entries.map(([, w]) => w))];
}
const COLLEAGUE_MIX = mix([
  ['works_with', 45],
  ['knows', 25],
  ['reports_to', 20],
  ['advises', 10],
]);
const PERSON_MIX = mix([
  ['knows', 55],
  ['works_with', 20],
  ['advises', 15],
  ['reports_to', 4],
  ['commissions', 3],
  ['decides_on', 3],
]);
const PERSON_ORG_MIX = mix([
  ['member_of', 40],
  ['advises', 35],
  ['decides_on', 15],
  ['works_with', 10],
]);
const ORG_ORG_MIX = mix([
  ['supplies', 40],
  ['member_of', 25],
  ['funds', 20],
  ['commissions', 15],
]);
const STRENGTH = cumulative([10, 25, 35, 20, 10]);
const NOTES = ['Ontmoet op de regiobijeenkomst', 'Samen in de werkgroep', 'Via een informerende sessie', 'Oud-collega'];

/** Shares of the three kinds of link; the rest of the relations are between people. */
const PERSON_ORG_SHARE = 0.04;
const ORG_ORG_SHARE = 0.01;
const COLLEAGUE_SHARE = 0.35;
/** How often the "to" end is chosen by degree rather than uniformly among earlier people. */
const PREFERENTIAL_SHARE = 0.75;

/** Yields exactly `count` relations; deterministic for a given rng seed and inputs. */
export function* planRelations(
  rng: Rng,
  people: PlannedPeople,
  orgs: OrganisationRow[],
  count: number,
  workspaceId: string,
  createdAt: string,
): Generator<RelationRow> {
  const personIds = people.rows.map((p: PersonRow) => p.id);
  const n = personIds.length;
  const colleagues = groupByHome(people.home, orgs.length);
  // Every endpoint ever used, so a uniform draw from it picks a person in proportion to degree.
  const pool = new Int32Array(2 * count);
  let poolSize = 0;
  const seen = new Set<number>();
  const span = n + orgs.length;
  const lastDay = dayOf(LAST_DAY);
  const isNew = (a: number, b: number, type: RelationType) => {
    const [lo, hi] = DIRECTED.has(type) || a < b ? [a, b] : [b, a];
    const key = (lo * span + hi) * TYPES.length + (TYPE_INDEX.get(type) ?? 0);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  };
  const row = (
    fromId: string,
    fromType: RelationRow['fromType'],
    toId: string,
    toType: RelationRow['toType'],
    type: RelationType,
  ): RelationRow => {
    const since = randomDay(rng, '2008-01-01', '2026-09-30');
    const created = createdBefore(rng, createdAt);
    return {
      id: rng.uuid(),
      workspaceId,
      fromId,
      fromType,
      toId,
      toType,
      type,
      directed: DIRECTED.has(type) ? 1 : 0,
      strength: rng.weighted(STRENGTH) + 1,
      since: dateOf(since),
      until: rng.chance(0.08) ? dateOf(Math.min(since + rng.between(60, 3000), lastDay)) : null,
      note: rng.chance(0.05) ? rng.pick(NOTES) : null,
      source: 'bench',
      version: 1,
      createdAt: created,
      updatedAt: created,
    };
  };
  const earlierPerson = (before: number): number =>
    poolSize > 0 && rng.chance(PREFERENTIAL_SHARE) ? (pool[rng.int(poolSize)] as number) : rng.int(Math.max(before, 1));

  const personLinks = Math.max(1, count - Math.round(count * (PERSON_ORG_SHARE + ORG_ORG_SHARE)));
  let personLink = 0;
  for (let emitted = 0; emitted < count; emitted++) {
    const roll = rng.next();
    if (roll < ORG_ORG_SHARE && orgs.length > 1) {
      for (;;) {
        const a = rng.int(orgs.length);
        const b = rng.int(orgs.length);
        const type = pickType(rng, ORG_ORG_MIX);
        if (a !== b && isNew(n + a, n + b, type)) {
          yield row((orgs[a] as OrganisationRow).id, 'organisation', (orgs[b] as OrganisationRow).id, 'organisation', type);
          break;
        }
      }
    } else if (roll < ORG_ORG_SHARE + PERSON_ORG_SHARE) {
      for (;;) {
        const a = earlierPerson(n);
        const b = rng.int(orgs.length);
        const type = pickType(rng, PERSON_ORG_MIX);
        if (isNew(a, n + b, type)) {
          pool[poolSize++] = a;
          yield row(personIds[a] as string, 'person', (orgs[b] as OrganisationRow).id, 'organisation', type);
          break;
        }
      }
    } else {
      // The arriving person, or (half the time) a link between two people already present.
      const arrival = Math.min(n - 1, Math.floor((personLink++ / personLinks) * n));
      for (let attempt = 0; ; attempt++) {
        const a = attempt < 10 && rng.chance(0.5) ? arrival : earlierPerson(arrival + 1);
        const group = colleagues(people.home[a] as number);
        const colleague = attempt < 10 && group.length > 1 && rng.chance(COLLEAGUE_SHARE);
        const b = colleague ? (group[rng.int(group.length)] as number) : attempt < 10 ? earlierPerson(a) : rng.int(n);
        const type = pickType(rng, colleague ? COLLEAGUE_MIX : PERSON_MIX);
        if (a !== b && isNew(a, b, type)) {
          pool[poolSize++] = a;
          pool[poolSize++] = b;
          yield row(personIds[a] as string, 'person', personIds[b] as string, 'person', type);
          break;
        }
      }
    }
  }
}

function pickType(rng: Rng, [types, weights]: [RelationType[], number[]]): RelationType {
  return types[rng.weighted(weights)] as RelationType;
}

/** People per top-level organisation, as a compact index (offsets into one array). */
function groupByHome(home: Int32Array, orgCount: number): (org: number) => Int32Array {
  const offsets = new Int32Array(orgCount + 1);
  for (const h of home) offsets[h + 1] = (offsets[h + 1] ?? 0) + 1;
  for (let i = 0; i < orgCount; i++) offsets[i + 1] = (offsets[i + 1] ?? 0) + (offsets[i] ?? 0);
  const members = new Int32Array(home.length);
  const fill = offsets.slice(0, orgCount);
  home.forEach((h, person) => {
    members[fill[h] ?? 0] = person;
    fill[h] = (fill[h] ?? 0) + 1;
  });
  return (org) => members.subarray(offsets[org] ?? 0, offsets[org + 1] ?? 0);
}
