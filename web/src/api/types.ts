/** Record shapes of the Kring API (docs/API-CONTRACT.md); the server's OpenAPI document is the reference. */

export type Role = 'owner' | 'editor' | 'viewer';

export interface User {
  id: string;
  email: string;
  name: string;
  isAdmin: boolean;
  locale: string | null;
  personId: string | null;
}

export interface Membership {
  workspaceId: string;
  workspaceName: string;
  role: Role;
}

export interface CurrentSession {
  user: User;
  memberships: Membership[];
}

export interface AppConfig {
  themeClass: string;
  version: string;
  demoAvailable: boolean;
}

export interface SetupState {
  needed: boolean;
  demoAvailable: boolean;
}

export interface ApiToken {
  id: string;
  name: string;
  createdAt: string;
  expiresAt?: string | null;
  lastUsedAt?: string | null;
}

export interface CreatedToken extends ApiToken {
  token: string;
}

export interface Workspace {
  id: string;
  name: string;
  description: string | null;
  role?: Role;
  version: number;
}

export interface Member {
  userId: string;
  email: string;
  name: string;
  role: Role;
  version: number;
  createdAt: string;
}

interface VersionedRecord {
  id: string;
  version: number;
  createdAt: string;
  updatedAt: string;
}

export const organisationKinds = [
  'municipality',
  'province',
  'water_board',
  'joint_arrangement',
  'central_government',
  'supplier',
  'consultancy',
  'knowledge_institution',
  'network',
  'department',
  'management_team',
  'executive_board',
  'council',
  'team',
  'other',
] as const;
export type OrganisationKind = (typeof organisationKinds)[number];

export interface Organisation extends VersionedRecord {
  name: string;
  kind: OrganisationKind;
  code: string | null;
  parentId: string | null;
  description: string | null;
  website: string | null;
}

export interface Affiliation {
  id?: string;
  organisationId: string;
  organisationName?: string;
  role: string | null;
  since: string | null;
  until: string | null;
}

export interface Person extends VersionedRecord {
  name: string;
  jobTitle: string | null;
  email: string | null;
  phone: string | null;
  tags: string[];
  affiliations: Affiliation[];
  source: string | null;
  informedOn: string | null;
  lastContactOn: string | null;
}

export type PartyType = 'person' | 'organisation';

export interface Relation extends VersionedRecord {
  from: string;
  fromType: PartyType;
  fromName: string;
  to: string;
  toType: PartyType;
  toName: string;
  type: string;
  directed: boolean;
  strength: number;
  since: string | null;
  until: string | null;
  note: string | null;
  source: string | null;
}

export interface RelationType {
  key: string;
  label: string;
  directed: boolean;
  builtIn: boolean;
}

export const themeKinds = ['administrative_task', 'legislation', 'regional_theme', 'development'] as const;
export type ThemeKind = (typeof themeKinds)[number];
export const themeStatuses = ['exploring', 'active', 'on_hold', 'completed', 'dropped'] as const;
export type ThemeStatus = (typeof themeStatuses)[number];

export interface Theme extends VersionedRecord {
  title: string;
  kind: ThemeKind;
  status: ThemeStatus;
  description: string | null;
  horizon: string | null;
  ownerId: string | null;
  organisationIds: string[];
}

export type NoteVisibility = 'private' | 'workspace';

export interface Note extends VersionedRecord {
  subjectType: 'person' | 'organisation' | 'relation' | 'theme';
  subjectId: string;
  authorId: string;
  authorName: string;
  visibility: NoteVisibility;
  body: string;
}

export type SearchType = 'person' | 'organisation' | 'theme';

export interface SearchHit {
  type: SearchType;
  id: string;
  title: string;
  subtitle: string | null;
  rank: number;
}

export interface GraphNode {
  id: string;
  type: PartyType;
  label: string;
  kind: string | null;
  organisationId: string | null;
  degree: number;
}

export interface GraphEdge {
  id: string;
  from: string;
  to: string;
  type: string;
  directed: boolean;
  strength: number;
}

export interface GraphData {
  nodes: GraphNode[];
  edges: GraphEdge[];
  truncated: boolean;
}

export interface GraphLayout {
  key: string;
  positions: Record<string, [number, number]>;
  version: number;
}

/** A page of a list answer; `next` is the URL of the following page. */
export interface Page<T> {
  data: T[];
  links: { next?: string };
}

export const builtInRelationTypes = [
  'knows',
  'works_with',
  'reports_to',
  'advises',
  'member_of',
  'commissions',
  'supplies',
  'funds',
  'decides_on',
] as const;
export type BuiltInRelationType = (typeof builtInRelationTypes)[number];
