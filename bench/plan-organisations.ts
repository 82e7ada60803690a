/**
 * About 2,000 organisations: every municipality with its management team, college,
 * council and I&A department (a quarter also with a data team), plus provinces, water
 * boards, joint arrangements, ministries, suppliers, consultancies, institutions and networks.
 */
import { fold } from '../src/lib/text.ts';
import type { OrganisationRow } from './plan-types.ts';
import { createdBefore, slug } from './plan-types.ts';
import { cumulative, type Rng } from './rng.ts';
import { COMPANY_STEMS, COMPANY_SUFFIXES, PLACE_PREFIXES, PLACE_STEMS, PLACE_SUFFIXES, PROVINCE_NAMES } from './vocabulary.ts';

/** Where people can work, grouped so the people planner can pick an employer by kind. */
export type EmployerGroup = 'government' | 'company' | 'institution' | 'network';

export interface MunicipalityPlan {
  main: number;
  mt: number;
  college: number;
  council: number;
  ia: number;
  dataTeam: number | null;
}

export interface PlannedOrganisations {
  rows: OrganisationRow[];
  municipalities: MunicipalityPlan[];
  /** Cumulative weights over `municipalities`: a few cities are much larger than most villages. */
  municipalityWeights: number[];
  /** Indices of top-level organisations other than municipalities, per employer group. */
  groups: Record<EmployerGroup, number[]>;
  /** The e-mail domain (without `.example`) of each organisation, taken from its top level. */
  domains: string[];
}

const OTHER_KINDS: { kind: string; count: number; group: EmployerGroup; name: (place: string, i: number) => string }[] = [
  { kind: 'province', count: 12, group: 'government', name: (_, i) => `Provincie ${PROVINCE_NAMES[i % PROVINCE_NAMES.length]}` },
  { kind: 'water_board', count: 21, group: 'government', name: (p) => `Waterschap ${p}` },
  { kind: 'joint_arrangement', count: 60, group: 'government', name: (p) => `GR Regio ${p}` },
  { kind: 'central_government', count: 12, group: 'government', name: (p) => `Rijksdienst ${p}` },
  { kind: 'supplier', count: 50, group: 'company', name: (p, i) => `${companyName(i)} ${p} BV` },
  { kind: 'consultancy', count: 30, group: 'company', name: (p, i) => `${companyName(i + 7)} Advies ${p}` },
  { kind: 'knowledge_institution', count: 15, group: 'institution', name: (p) => `Hogeschool ${p}` },
  { kind: 'network', count: 20, group: 'network', name: (p) => `Netwerk I&A ${p}` },
];

function companyName(i: number): string {
  return `${COMPANY_STEMS[i % COMPANY_STEMS.length]}${COMPANY_SUFFIXES[Math.floor(i / COMPANY_STEMS.length) % COMPANY_SUFFIXES.length]}`;
}

/** Invents `count` distinct place names. */
function placeNames(rng: Rng, count: number): string[] {
  const names = new Set<string>();
  while (names.size < count) {
    const suffix = rng.pick(PLACE_SUFFIXES);
    const name = `${rng.pick(PLACE_PREFIXES)}${rng.pick(PLACE_STEMS)}${suffix}`;
    names.add(names.has(name) ? `${name} aan de ${rng.pick(PLACE_STEMS)}${suffix}` : name);
  }
  return [...names];
}

/** Plans the organisations; ids come from the rng so the same seed gives the same rows. */
export function planOrganisations(rng: Rng, workspaceId: string, createdAt: string, municipalityCount: number): PlannedOrganisations {
  const rows: OrganisationRow[] = [];
  const domains: string[] = [];
  const add = (name: string, kind: string, extra: { code?: string; parent?: number; domain?: string } = {}): number => {
    const parentId = extra.parent === undefined ? null : (rows[extra.parent] as OrganisationRow).id;
    const created = createdBefore(rng, createdAt);
    rows.push({
      id: rng.uuid(),
      workspaceId,
      name,
      sortName: fold(name),
      kind,
      code: extra.code ?? null,
      parentId,
      description: null,
      website: null,
      version: 1,
      createdAt: created,
      updatedAt: created,
    });
    domains.push(extra.parent === undefined ? (extra.domain ?? slug(name)) : (domains[extra.parent] as string));
    return rows.length - 1;
  };

  const otherCount = OTHER_KINDS.reduce((n, k) => n + k.count, 0);
  const places = placeNames(rng, municipalityCount + otherCount);
  const municipalities: MunicipalityPlan[] = places.slice(0, municipalityCount).map((place, i) => {
    const main = add(`Gemeente ${place}`, 'municipality', { code: `GM${String(i + 1).padStart(4, '0')}`, domain: slug(place) });
    return {
      main,
      mt: add(`Managementteam ${place}`, 'management_team', { parent: main }),
      college: add(`College van B&W ${place}`, 'executive_board', { parent: main }),
      council: add(`Gemeenteraad ${place}`, 'council', { parent: main }),
      ia: add(`Afdeling I&A ${place}`, 'department', { parent: main }),
      dataTeam: rng.chance(0.25) ? add(`Datateam ${place}`, 'team', { parent: main }) : null,
    };
  });
  // Zipf-like sizes: the k-th municipality has about 1/k^0.9 of the first one's staff (the
  // names are random, so the order says nothing else).
  const municipalityWeights = cumulative(municipalities.map((_, rank) => 1 / Math.pow(rank + 1, 0.9)));

  const groups: Record<EmployerGroup, number[]> = { government: [], company: [], institution: [], network: [] };
  let placeIndex = municipalityCount;
  for (const spec of OTHER_KINDS) {
    for (let i = 0; i < spec.count; i++) {
      groups[spec.group].push(add(spec.name(places[placeIndex++] as string, i), spec.kind));
    }
  }
  return { rows, municipalities, municipalityWeights, groups, domains };
}
