/**
 * Small builders that keep the demo data files readable: one line per person, affiliation
 * or relation instead of an object literal spread over ten lines.
 */
import {
  DIRECTED_RELATION_TYPES,
  type DemoAffiliation,
  type DemoPerson,
  type DemoRelation,
  type IsoDate,
  type RelationType,
} from './demo-types.ts';

/** An affiliation of a person with an organisation or unit. */
export function aff(organisationKey: string, role: string, since?: IsoDate, until?: IsoDate): DemoAffiliation {
  return { organisationKey, role, ...(since ? { since } : {}), ...(until ? { until } : {}) };
}

/** A work address in the reserved `.example` domain: first initial, dot, surname without spaces. */
export function workEmail(name: string, domain: string): string {
  const words = name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .split(/\s+/);
  const initial = (words[0] ?? '').charAt(0);
  const surname = words
    .slice(1)
    .join('')
    .replace(/[^a-z]/g, '');
  return `${initial}.${surname}@${domain}.example`;
}

interface PersonExtras {
  phone?: string;
  source?: string;
  /** Leave the e-mail address out (e.g. council members reached through the clerk). */
  noEmail?: boolean;
}

/** A person with a work e-mail at `<domain>.example`. */
export function person(
  key: string,
  name: string,
  jobTitle: string,
  domain: string,
  tags: string[],
  affiliations: DemoAffiliation[],
  extras: PersonExtras = {},
): DemoPerson {
  return {
    key,
    name,
    jobTitle,
    ...(extras.noEmail ? {} : { email: workEmail(name, domain) }),
    ...(extras.phone ? { phone: extras.phone } : {}),
    tags,
    affiliations,
    ...(extras.source ? { source: extras.source } : {}),
  };
}

/** One relation as a tuple: from, to, type, strength, since, until, note. */
export type RelationRow = [
  from: string,
  to: string,
  type: RelationType,
  strength: DemoRelation['strength'],
  since?: IsoDate | null,
  until?: IsoDate | null,
  note?: string,
];

/** Expands tuples into relations; direction follows from the relation type. */
export function relations(rows: RelationRow[]): DemoRelation[] {
  return rows.map(([from, to, type, strength, since, until, note]) => ({
    from,
    to,
    type,
    directed: DIRECTED_RELATION_TYPES.has(type),
    strength,
    ...(since ? { since } : {}),
    ...(until ? { until } : {}),
    ...(note ? { note } : {}),
  }));
}
