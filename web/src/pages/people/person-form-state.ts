import type { PersonInput } from '../../api/network.ts';
import type { Person } from '../../api/types.ts';
import { orNull, splitTags } from '../../lib/form-values.ts';

/** One affiliation row as the form edits it; `key` keeps React rows stable while rows are added and removed. */
export interface AffiliationRow {
  key: string;
  organisationId: string;
  organisationName: string;
  role: string;
  since: string;
  until: string;
}

export interface PersonFormState {
  name: string;
  jobTitle: string;
  email: string;
  phone: string;
  tags: string;
  source: string;
  informedOn: string;
  affiliations: AffiliationRow[];
}

let rowCounter = 0;
export const newRowKey = () => `row-${++rowCounter}`;

export const emptyPerson: PersonFormState = {
  name: '',
  jobTitle: '',
  email: '',
  phone: '',
  tags: '',
  source: '',
  informedOn: '',
  affiliations: [],
};

/** The form's view of a stored person. */
export function personToForm(p: Person): PersonFormState {
  return {
    name: p.name,
    jobTitle: p.jobTitle ?? '',
    email: p.email ?? '',
    phone: p.phone ?? '',
    tags: p.tags.join(', '),
    source: p.source ?? '',
    informedOn: p.informedOn ?? '',
    affiliations: p.affiliations.map((a) => ({
      key: newRowKey(),
      organisationId: a.organisationId,
      organisationName: a.organisationName ?? '',
      role: a.role ?? '',
      since: a.since ?? '',
      until: a.until ?? '',
    })),
  };
}

/** The request body for a create or update; empty optional fields become null. */
export function formToPersonInput(f: PersonFormState): PersonInput {
  return {
    name: f.name.trim(),
    jobTitle: orNull(f.jobTitle),
    email: orNull(f.email),
    phone: orNull(f.phone),
    tags: splitTags(f.tags),
    source: orNull(f.source),
    informedOn: orNull(f.informedOn),
    affiliations: f.affiliations.map((a) => ({
      organisationId: a.organisationId,
      role: orNull(a.role),
      since: orNull(a.since),
      until: orNull(a.until),
    })),
  };
}
