/**
 * The fixed vocabularies of Kring's domain, free of dependencies so that the server's
 * schemas and the web client share one definition.
 */

/** Workspace roles, from least to most rights. */
export const roles = ['viewer', 'editor', 'owner'] as const;

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

export const themeKinds = ['administrative_task', 'legislation', 'regional_theme', 'development'] as const;
export const themeStatuses = ['exploring', 'active', 'on_hold', 'completed', 'dropped'] as const;

export const partyTypes = ['person', 'organisation'] as const;
export const noteSubjectTypes = [
  'person',
  'organisation',
  'relation',
  'theme',
  'interaction',
  'decision',
  'mandate',
  'initiative',
  'assessment',
  'group',
] as const;
export const mandateStatuses = ['requested', 'granted', 'expired', 'withdrawn'] as const;
export const initiativeKinds = ['project', 'pilot', 'organisational_question', 'shared_solution', 'shared_hire'] as const;
export const initiativeStatuses = ['proposed', 'active', 'on_hold', 'completed', 'stopped'] as const;
export const groupKinds = ['working_group', 'regional_meeting', 'data_team', 'other'] as const;
export const groupMemberRoles = ['chair', 'secretary', 'member', 'adviser', 'guest'] as const;
export const knowledgeItemKinds = ['presentation', 'training', 'document_link'] as const;
export const noteVisibilities = ['private', 'workspace'] as const;
export const searchTypes = ['person', 'organisation', 'theme'] as const;

/** Kinds of contact: meetings and sessions (step 3 and 5) down to a call or an e-mail. */
export const interactionKinds = [
  'meeting',
  'informative_session',
  'presentation',
  'expert_conversation',
  'one_to_one',
  'call',
  'email',
] as const;
/** A participant of an interaction: only `attended` counts as contact. */
export const attendanceStatuses = ['invited', 'attended', 'absent'] as const;

/** Why a stakeholder hesitates (step 4); `other` is explained in free text. */
export const stakeholderConcerns = ['unfamiliar', 'afraid_of_risks', 'no_capacity', 'privacy', 'costs', 'other'] as const;
export const stakeholderSides = ['internal', 'external'] as const;
/** Mitchell, Agle & Wood (1997): the stakeholder types by power, legitimacy and urgency. */
export const stakeholderTypes = [
  'non_stakeholder',
  'dormant',
  'discretionary',
  'demanding',
  'dominant',
  'dangerous',
  'dependent',
  'definitive',
] as const;
/** Mendelow's power/interest grid. */
export const mendelowQuadrants = ['manage_closely', 'keep_satisfied', 'keep_informed', 'monitor'] as const;
/** The engagement levels of an engagement plan (step 5), from least to most involvement. */
export const engagementLevels = ['inform', 'consult', 'involve', 'collaborate', 'empower'] as const;
export const decisionOutcomes = ['pending', 'adopted', 'rejected', 'postponed', 'withdrawn'] as const;

/** The relation types every workspace has; a workspace may add its own. */
export const builtInRelationTypes = [
  { key: 'knows', label: 'knows', directed: false },
  { key: 'works_with', label: 'works with', directed: false },
  { key: 'reports_to', label: 'reports to', directed: true },
  { key: 'advises', label: 'advises', directed: true },
  { key: 'member_of', label: 'member of', directed: true },
  { key: 'commissions', label: 'commissions', directed: true },
  { key: 'supplies', label: 'supplies', directed: true },
  { key: 'funds', label: 'funds', directed: true },
  { key: 'decides_on', label: 'decides on', directed: true },
] as const;

/** What a relation type key looks like: lower case words joined by underscores. */
export const relationTypeKey = /^[a-z][a-z_]{1,39}$/;

/** The fields of a person that an import (a spreadsheet or an address book) may fill. */
export const importFields = [
  'name',
  'givenName',
  'infix',
  'familyName',
  'jobTitle',
  'email',
  'phone',
  'organisation',
  'role',
  'tags',
] as const;

/** What the audit log records that a member did to a workspace's records, never with the content. */
export const auditActions = ['create', 'update', 'delete', 'import', 'export'] as const;
