import type { ColumnType, Generated, Selectable } from 'kysely';
import type { noteSubjectTypes } from '../domain/vocabulary.ts';

/**
 * Table types, in camelCase: the CamelCasePlugin maps them to snake_case columns.
 * Timestamps are ISO 8601 strings in UTC on both databases; booleans are 0/1 integers so
 * both dialects store and return the same thing.
 */
export interface Database {
  users: UserTable;
  sessions: SessionTable;
  apiTokens: ApiTokenTable;
  setupTokens: SetupTokenTable;
  signInAttempts: SignInAttemptTable;
  workspaces: WorkspaceTable;
  memberships: MembershipTable;
  organisations: OrganisationTable;
  people: PersonTable;
  affiliations: AffiliationTable;
  organisationMembers: OrganisationMemberTable;
  tags: TagTable;
  personTags: PersonTagTable;
  relationTypes: RelationTypeTable;
  relations: RelationTable;
  themes: ThemeTable;
  themeOrganisations: ThemeOrganisationTable;
  notes: NoteTable;
  auditEvents: AuditEventTable;
  searchDocuments: SearchDocumentTable;
  graphLayouts: GraphLayoutTable;
  networkVersions: NetworkVersionTable;
  interactions: InteractionTable;
  interactionParticipants: InteractionParticipantTable;
  interactionOrganisations: InteractionOrganisationTable;
  interactionThemes: InteractionThemeTable;
  actions: ActionTable;
  contactCadences: ContactCadenceTable;
  stakeholderAssessments: StakeholderAssessmentTable;
  engagementPlans: EngagementPlanTable;
  decisions: DecisionTable;
  decisionInteractions: DecisionInteractionTable;
  decisionInitiatives: DecisionInitiativeTable;
  mandates: MandateTable;
  initiatives: InitiativeTable;
  initiativeOrganisations: InitiativeOrganisationTable;
  initiativeThemes: InitiativeThemeTable;
  maturityModels: MaturityModelTable;
  assessments: AssessmentTable;
  assessmentScores: AssessmentScoreTable;
  groups: GroupTable;
  groupThemes: GroupThemeTable;
  groupMembers: GroupMemberTable;
  knowledgeItems: KnowledgeItemTable;
  knowledgeItemThemes: KnowledgeItemThemeTable;
}

interface Versioned {
  version: number;
  createdAt: string;
  updatedAt: string;
}

export interface UserTable extends Versioned {
  id: string;
  email: string;
  name: string;
  passwordHash: string;
  isAdmin: number;
  personId: string | null;
  locale: string | null;
}

export interface SessionTable {
  id: string;
  tokenHash: string;
  userId: string;
  createdAt: string;
  expiresAt: string;
}

export interface ApiTokenTable {
  id: string;
  userId: string;
  name: string;
  tokenHash: string;
  createdAt: string;
  lastUsedAt: string | null;
  expiresAt: string | null;
}

export interface SetupTokenTable {
  tokenHash: string;
  createdAt: string;
  expiresAt: string;
}

/** Sign-in attempts of one address and account in the current window (a hash of both as key). */
export interface SignInAttemptTable {
  keyHash: string;
  attempts: number;
  /** Milliseconds since 1970. */
  windowEndsAt: number;
}

export interface WorkspaceTable extends Versioned {
  id: string;
  name: string;
  description: string | null;
}

export interface MembershipTable extends Versioned {
  workspaceId: string;
  userId: string;
  role: 'owner' | 'editor' | 'viewer';
  /** The person this member is in the workspace's network, where influence paths start. */
  personId: string | null;
}

export interface OrganisationTable extends Versioned {
  id: string;
  workspaceId: string;
  name: string;
  sortName: string;
  kind: string;
  code: string | null;
  parentId: string | null;
  description: string | null;
  website: string | null;
}

export interface PersonTable extends Versioned {
  id: string;
  workspaceId: string;
  name: string;
  sortName: string;
  jobTitle: string | null;
  email: string | null;
  phone: string | null;
  source: string | null;
  informedOn: string | null;
  lastContactOn: string | null;
  /**
   * The person's affiliations (with their organisations' names) and tags as the API lists them,
   * stored as JSON text so a page of people is read without joining them in
   * (src/modules/people/person-lists.repository.ts); null where not stored yet.
   */
  affiliationsJson: ColumnType<string | null, string | null | undefined, string | null>;
  tagsJson: ColumnType<string | null, string | null | undefined, string | null>;
  /**
   * The person's whole record as the API shows it, stored as JSON text with the lists, so a
   * page of people reads it as it is (src/modules/people/person-lists.repository.ts); null
   * where not stored yet.
   */
  recordJson: ColumnType<string | null, string | null | undefined, string | null>;
}

/** A person's own fields, without what is stored for showing them. */
export type PersonRow = Omit<Selectable<PersonTable>, 'affiliationsJson' | 'tagsJson' | 'recordJson'>;

export interface AffiliationTable {
  id: string;
  workspaceId: string;
  personId: string;
  organisationId: string;
  role: string | null;
  since: string | null;
  until: string | null;
  /** Order within the person's list, as the client sent it. */
  position: Generated<number>;
  createdAt: string;
}

/** Derived from affiliations: one row per person and organisation, with the person's sort key. */
export interface OrganisationMemberTable {
  organisationId: string;
  personId: string;
  workspaceId: string;
  sortName: string;
}

export interface TagTable {
  id: string;
  workspaceId: string;
  name: string;
  createdAt: string;
}

export interface PersonTagTable {
  personId: string;
  tagId: string;
  workspaceId: string;
}

export interface RelationTypeTable {
  workspaceId: string;
  key: string;
  label: string;
  directed: number;
  createdAt: string;
}

export interface RelationTable extends Versioned {
  id: string;
  workspaceId: string;
  fromId: string;
  fromType: 'person' | 'organisation';
  toId: string;
  toType: 'person' | 'organisation';
  type: string;
  directed: number;
  strength: number;
  since: string | null;
  until: string | null;
  note: string | null;
  source: string | null;
  /**
   * The relation's record as the API shows it, with the names of both ends, stored as JSON
   * text so a page of relations reads it as it is
   * (src/modules/relations/relation-record.repository.ts); null where not stored yet.
   */
  recordJson: ColumnType<string | null, string | null | undefined, string | null>;
}

/** A relation's own fields, without what is stored for showing it. */
export type RelationRow = Omit<Selectable<RelationTable>, 'recordJson'>;

export interface ThemeTable extends Versioned {
  id: string;
  workspaceId: string;
  title: string;
  sortTitle: string;
  kind: string;
  status: string;
  description: string | null;
  horizon: string | null;
  ownerId: string | null;
}

export interface ThemeOrganisationTable {
  themeId: string;
  organisationId: string;
  workspaceId: string;
}

export interface NoteTable extends Versioned {
  id: string;
  workspaceId: string;
  subjectType: (typeof noteSubjectTypes)[number];
  subjectId: string;
  authorId: string;
  visibility: 'private' | 'workspace';
  body: string;
}

export interface AuditEventTable {
  id: Generated<number>;
  workspaceId: string | null;
  actorId: string | null;
  action: string;
  subjectType: string;
  subjectId: string | null;
  ip: string | null;
  at: string;
}

/** Search documents (folded text), kept beside the records in the same transaction. */
export interface SearchDocumentTable {
  entityId: string;
  workspaceId: string;
  entityType: 'person' | 'organisation' | 'theme';
  title: string;
  body: string;
}

/** Node positions of a network picture (JSON text: { [nodeId]: [x, y] }). */
export interface GraphLayoutTable extends Versioned {
  workspaceId: string;
  key: string;
  positions: string;
}

/** Bumped with every change to a workspace's parties and relations; absent means 0. */
export interface NetworkVersionTable {
  workspaceId: string;
  version: number;
  changedAt: string;
}

/** Step 2: the information manager's mandate on a theme, granted by a client. */
export interface MandateTable extends Versioned {
  id: string;
  workspaceId: string;
  themeId: string;
  clientId: string | null;
  holderId: string | null;
  role: string;
  scope: string | null;
  status: string;
  grantedOn: string | null;
  reviewOn: string | null;
}

/** Steps 2 and 5: a project, pilot, organisational question, shared solution or shared hire. */
export interface InitiativeTable extends Versioned {
  id: string;
  workspaceId: string;
  title: string;
  sortTitle: string;
  kind: string;
  status: string;
  description: string | null;
  leadOrganisationId: string | null;
  startOn: string | null;
  endOn: string | null;
  outcome: string | null;
}

export interface InitiativeOrganisationTable {
  initiativeId: string;
  organisationId: string;
  workspaceId: string;
}

export interface InitiativeThemeTable {
  initiativeId: string;
  themeId: string;
  workspaceId: string;
}

/** Step 3: a maturity model; levels and dimensions are JSON text. */
export interface MaturityModelTable extends Versioned {
  id: string;
  workspaceId: string;
  name: string;
  sortName: string;
  description: string | null;
  source: string | null;
  licence: string | null;
  /** The key of a model Kring ships (read-only), or null for a workspace's own. */
  builtIn: string | null;
  levels: string;
  dimensions: string;
}

export interface AssessmentTable extends Versioned {
  id: string;
  workspaceId: string;
  organisationId: string;
  modelId: string;
  assessedOn: string;
  assessorId: string | null;
  summary: string | null;
}

export interface AssessmentScoreTable {
  assessmentId: string;
  dimensionKey: string;
  score: number;
  evidence: string | null;
  position: Generated<number>;
  workspaceId: string;
}

/** Step 3: a working group, regional meeting or data team. */
export interface GroupTable extends Versioned {
  id: string;
  workspaceId: string;
  name: string;
  sortName: string;
  kind: string;
  description: string | null;
}

export interface GroupThemeTable {
  groupId: string;
  themeId: string;
  workspaceId: string;
}

export interface GroupMemberTable {
  groupId: string;
  personId: string;
  workspaceId: string;
  role: string;
  since: string | null;
  until: string | null;
  position: Generated<number>;
}

/** A presentation, training or document shared in a group. */
export interface KnowledgeItemTable extends Versioned {
  id: string;
  workspaceId: string;
  groupId: string | null;
  kind: string;
  title: string;
  sortTitle: string;
  url: string | null;
  description: string | null;
  sharedOn: string;
  sharedById: string | null;
}

export interface KnowledgeItemThemeTable {
  knowledgeItemId: string;
  themeId: string;
  workspaceId: string;
}

/** A contact moment; `authorId` is the user who logged it and alone reads a private summary. */
export interface InteractionTable extends Versioned {
  id: string;
  workspaceId: string;
  kind: string;
  title: string;
  date: string;
  startTime: string | null;
  durationMinutes: number | null;
  groupId: string | null;
  summary: string | null;
  summaryVisibility: 'private' | 'workspace';
  outcome: string | null;
  authorId: string | null;
}

export interface InteractionParticipantTable {
  interactionId: string;
  personId: string;
  workspaceId: string;
  attendance: 'invited' | 'attended' | 'absent';
}

export interface InteractionOrganisationTable {
  interactionId: string;
  organisationId: string;
  workspaceId: string;
}

export interface InteractionThemeTable {
  interactionId: string;
  themeId: string;
  workspaceId: string;
}

/** A follow-up action; `sortDue` is the due date or 9999-12-31, so that undated actions sort last. */
export interface ActionTable extends Versioned {
  id: string;
  workspaceId: string;
  interactionId: string | null;
  title: string;
  ownerPersonId: string | null;
  ownerUserId: string | null;
  dueOn: string | null;
  sortDue: string;
  done: number;
  doneAt: string | null;
}

/** A user's wish to speak to a person at least every `everyDays` days. */
export interface ContactCadenceTable extends Versioned {
  id: string;
  workspaceId: string;
  userId: string;
  personId: string;
  everyDays: number;
}

/** One dated judgement of a party on a theme; concerns are a JSON array of vocabulary keys. */
export interface StakeholderAssessmentTable extends Versioned {
  id: string;
  workspaceId: string;
  themeId: string;
  partyId: string;
  partyType: 'person' | 'organisation';
  assessedOn: string;
  power: number;
  interest: number;
  attitude: number;
  concerns: string;
  concernNote: string | null;
  saliencePower: number;
  salienceLegitimacy: number;
  salienceUrgency: number;
  side: 'internal' | 'external';
}

export interface EngagementPlanTable extends Versioned {
  id: string;
  workspaceId: string;
  themeId: string;
  partyId: string;
  partyType: 'person' | 'organisation';
  level: string;
  keyMessage: string | null;
  channel: string | null;
  ownerId: string | null;
  nextStep: string | null;
  nextStepDueOn: string | null;
}

/** A decision; the amount is in euro cents so that sums stay exact. */
export interface DecisionTable extends Versioned {
  id: string;
  workspaceId: string;
  title: string;
  bodyId: string | null;
  date: string;
  themeId: string | null;
  outcome: string;
  amountCents: number | null;
  description: string | null;
}

export interface DecisionInteractionTable {
  decisionId: string;
  interactionId: string;
  workspaceId: string;
}

export interface DecisionInitiativeTable {
  decisionId: string;
  initiativeId: string;
  workspaceId: string;
}
