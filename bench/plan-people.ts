/**
 * People with one or two affiliations. Most work at a municipality (large ones employ more),
 * the rest at provinces, suppliers, consultancies, institutions and networks.
 */
import { fold } from '../src/lib/text.ts';
import type { EmployerGroup, MunicipalityPlan, PlannedOrganisations } from './plan-organisations.ts';
import { LAST_DAY, createdBefore, dateOf, dayOf, randomDay, slug, type AffiliationRow, type PersonRow } from './plan-types.ts';
import { cumulative, type Rng } from './rng.ts';
import { FIRST_NAMES, JOB_TITLES, SURNAME_PREFIXES, SURNAME_STEMS, SURNAME_SUFFIXES, type Placement } from './vocabulary.ts';

export interface PlannedPeople {
  rows: PersonRow[];
  affiliations: AffiliationRow[];
  /** Organisation index of each person's main affiliation. */
  employer: Int32Array;
  /** Organisation index of each person's second affiliation, or -1. */
  secondOrg: Int32Array;
  /** Top-level organisation of each person, for "colleague" relations. */
  home: Int32Array;
}

const UNIT_WEIGHTS = cumulative([50, 15, 8, 3, 14, 10]);
const UNITS = ['municipality', 'ia', 'mt', 'college', 'council', 'dataTeam'] as const;
const OTHER_GROUPS: EmployerGroup[] = ['government', 'company', 'institution', 'network'];
const OTHER_WEIGHTS = cumulative([45, 40, 10, 5]);

function unitOf(m: MunicipalityPlan, placement: (typeof UNITS)[number]): number {
  switch (placement) {
    case 'ia':
      return m.ia;
    case 'mt':
      return m.mt;
    case 'college':
      return m.college;
    case 'council':
      return m.council;
    case 'dataTeam':
      return m.dataTeam ?? m.main;
    default:
      return m.main;
  }
}

function personName(rng: Rng): { name: string; initial: string; surname: string } {
  const first = rng.pick(FIRST_NAMES);
  const surname = `${rng.pick(SURNAME_PREFIXES)}${rng.pick(SURNAME_STEMS)}${rng.pick(SURNAME_SUFFIXES)}`;
  return { name: `${first} ${surname}`, initial: slug(first).charAt(0), surname: slug(surname).replace(/-/g, '') };
}

/** Plans `count` people and their affiliations. */
export function planPeople(rng: Rng, orgs: PlannedOrganisations, count: number, workspaceId: string, createdAt: string): PlannedPeople {
  const rows: PersonRow[] = [];
  const affiliations: AffiliationRow[] = [];
  const employer = new Int32Array(count);
  const secondOrg = new Int32Array(count).fill(-1);
  const home = new Int32Array(count);
  const emailCounts = new Map<string, number>();
  const lastDay = dayOf(LAST_DAY);

  for (let i = 0; i < count; i++) {
    let placement: Placement;
    let org: number;
    if (rng.chance(0.7)) {
      const m = orgs.municipalities[rng.weighted(orgs.municipalityWeights)] as MunicipalityPlan;
      const unit = UNITS[rng.weighted(UNIT_WEIGHTS)] ?? 'municipality';
      org = unitOf(m, unit);
      placement = org === m.main ? 'municipality' : unit;
      home[i] = m.main;
    } else {
      const group = OTHER_GROUPS[rng.weighted(OTHER_WEIGHTS)] ?? 'government';
      org = rng.pick(orgs.groups[group]);
      placement = group;
      home[i] = org;
    }
    employer[i] = org;
    const jobTitle = rng.pick(JOB_TITLES[placement]);
    const { name, initial, surname } = personName(rng);
    const base = `${initial}.${surname}@${orgs.domains[org]}`;
    const seen = (emailCounts.get(base) ?? 0) + 1;
    emailCounts.set(base, seen);
    const [local, domain] = base.split('@') as [string, string];
    const email = `${local}${seen > 1 ? seen : ''}@${domain}.example`;

    const personId = rng.uuid();
    const created = createdBefore(rng, createdAt);
    rows.push({
      id: personId,
      workspaceId,
      name,
      sortName: fold(name),
      jobTitle,
      email,
      phone: null,
      source: 'bench',
      informedOn: null,
      lastContactOn: rng.chance(0.4) ? dateOf(rng.between(lastDay - 730, lastDay)) : null,
      version: 1,
      createdAt: created,
      updatedAt: created,
    });
    const since = randomDay(rng, '2005-01-01', '2025-12-31');
    affiliations.push(affiliation(rng, workspaceId, personId, orgs, org, jobTitle, since, null, created, 0));

    if (rng.chance(0.3)) {
      const other = rng.pick(orgs.groups[rng.chance(0.6) ? 'network' : 'government']);
      if (other !== org) {
        secondOrg[i] = other;
        const from = randomDay(rng, '2010-01-01', '2026-06-30');
        const until = rng.chance(0.2) ? Math.min(from + rng.between(180, 2500), lastDay) : null;
        affiliations.push(affiliation(rng, workspaceId, personId, orgs, other, 'lid', from, until, created, 1));
      }
    }
  }
  return { rows, affiliations, employer, secondOrg, home };
}

function affiliation(
  rng: Rng,
  workspaceId: string,
  personId: string,
  orgs: PlannedOrganisations,
  org: number,
  role: string,
  since: number,
  until: number | null,
  createdAt: string,
  position: number,
): AffiliationRow {
  return {
    id: rng.uuid(),
    position,
    workspaceId,
    personId,
    organisationId: (orgs.rows[org] as { id: string }).id,
    role,
    since: dateOf(since),
    until: until === null ? null : dateOf(until),
    createdAt,
  };
}
