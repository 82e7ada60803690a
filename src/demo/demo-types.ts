/**
 * The shape of the demo region: plain data with string keys instead of ids, so it can be
 * checked in a unit test and loaded into any workspace (keys become fresh ids on load).
 */

export type OrgKind =
  | 'municipality'
  | 'province'
  | 'water_board'
  | 'joint_arrangement'
  | 'central_government'
  | 'supplier'
  | 'consultancy'
  | 'knowledge_institution'
  | 'network'
  | 'department'
  | 'management_team'
  | 'executive_board'
  | 'council'
  | 'team'
  | 'other';

export type RelationType =
  'knows' | 'works_with' | 'reports_to' | 'advises' | 'member_of' | 'commissions' | 'supplies' | 'funds' | 'decides_on';

export type ThemeKind = 'administrative_task' | 'legislation' | 'regional_theme' | 'development';
export type ThemeStatus = 'exploring' | 'active' | 'on_hold' | 'completed' | 'dropped';

/** A calendar date as `YYYY-MM-DD`. */
export type IsoDate = string;

export interface DemoOrganisation {
  key: string;
  name: string;
  kind: OrgKind;
  code?: string;
  parentKey?: string;
  description?: string;
  website?: string;
}

export interface DemoAffiliation {
  organisationKey: string;
  role?: string;
  since?: IsoDate;
  until?: IsoDate;
}

export interface DemoPerson {
  key: string;
  name: string;
  jobTitle?: string;
  email?: string;
  phone?: string;
  tags?: string[];
  affiliations: DemoAffiliation[];
  source?: string;
}

export interface DemoRelation {
  /** A person or organisation key. */
  from: string;
  /** A person or organisation key. */
  to: string;
  type: RelationType;
  directed: boolean;
  strength: 1 | 2 | 3 | 4 | 5;
  since?: IsoDate;
  until?: IsoDate;
  note?: string;
}

export interface DemoTheme {
  key: string;
  title: string;
  kind: ThemeKind;
  status: ThemeStatus;
  description?: string;
  horizon?: IsoDate;
  ownerKey?: string;
  organisationKeys: string[];
}

export interface DemoNote {
  subjectKey: string;
  subjectType: 'person' | 'organisation' | 'theme';
  visibility: 'workspace';
  body: string;
}

export interface DemoRegion {
  workspace: { name: string; description: string };
  organisations: DemoOrganisation[];
  people: DemoPerson[];
  relations: DemoRelation[];
  themes: DemoTheme[];
  notes: DemoNote[];
}

/** Relation types that read one way ("A advises B"); the others are mutual. */
export const DIRECTED_RELATION_TYPES: ReadonlySet<RelationType> = new Set<RelationType>([
  'reports_to',
  'advises',
  'member_of',
  'commissions',
  'supplies',
  'funds',
  'decides_on',
]);
