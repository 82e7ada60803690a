/**
 * Record shapes of the Kring API, taken from the server's zod schemas (type-only imports,
 * erased from the bundle) and its shared vocabulary, so client and server cannot drift.
 */
import { builtInRelationTypes as relationTypeVocabulary } from '../../../src/domain/vocabulary.ts';

export { organisationKinds, themeKinds, themeStatuses } from '../../../src/domain/vocabulary.ts';
export { metricNames } from '../../../src/modules/analytics/analysis.types.ts';
export {
  attendanceStatuses,
  auditActions,
  decisionOutcomes,
  engagementLevels,
  groupKinds,
  groupMemberRoles,
  importFields,
  initiativeKinds,
  knowledgeItemKinds,
  initiativeStatuses,
  interactionKinds,
  mandateStatuses,
  mendelowQuadrants,
  noteVisibilities,
  stakeholderConcerns,
  stakeholderSides,
  stakeholderTypes,
} from '../../../src/domain/vocabulary.ts';
export type { Role } from '../../../src/modules/access/roles.ts';
export type { User } from '../../../src/modules/users/user.schema.ts';
export type { Workspace, Member } from '../../../src/modules/workspaces/workspace.schema.ts';
export type { Organisation, OrganisationKind } from '../../../src/modules/organisations/organisation.schema.ts';
export type { Person } from '../../../src/modules/people/person.schema.ts';
export type { Relation } from '../../../src/modules/relations/relation.schema.ts';
export type { Theme, ThemeKind, ThemeStatus } from '../../../src/modules/themes/theme.schema.ts';
export type { Note, NoteVisibility } from '../../../src/modules/notes/note.schema.ts';
export type {
  Interaction,
  InteractionKind,
  Attendance,
  CreateInteraction as InteractionInput,
} from '../../../src/modules/interactions/interaction.schema.ts';
export type { StayInTouch, OverdueContact } from '../../../src/modules/stay-in-touch/stay-in-touch.schema.ts';
export type { MaturityModel } from '../../../src/modules/maturity/maturity-model.schema.ts';
export type { Comparison as MaturityComparison } from '../../../src/modules/maturity/comparison.schema.ts';
export type { Assessment, CreateAssessment as AssessmentInput } from '../../../src/modules/maturity/assessment.schema.ts';
export type { Action, CreateAction as ActionInput } from '../../../src/modules/actions/action.schema.ts';
export type { Mandate, CreateMandate as MandateInput } from '../../../src/modules/mandates/mandate.schema.ts';
export type { Initiative, CreateInitiative as InitiativeInput } from '../../../src/modules/initiatives/initiative.schema.ts';
export type { Group, GroupMember, CreateGroup as GroupInput } from '../../../src/modules/groups/group.schema.ts';
export type {
  KnowledgeItem,
  CreateKnowledgeItem as KnowledgeItemInput,
} from '../../../src/modules/knowledge-items/knowledge-item.schema.ts';
export type { Decision, CreateDecision as DecisionInput } from '../../../src/modules/decisions/decision.schema.ts';
export type {
  EngagementPlan,
  EngagementLevel,
  CreateEngagementPlan as EngagementPlanInput,
} from '../../../src/modules/engagement-plans/engagement-plan.schema.ts';
export type {
  StakeholderAssessment,
  StakeholderConcern,
  StakeholderGrid,
  CreateStakeholderAssessment as StakeholderAssessmentInput,
} from '../../../src/modules/stakeholder-assessments/stakeholder-assessment.schema.ts';
export type { SearchHit, SearchType } from '../../../src/modules/search/search.service.ts';
export type { GraphNode, GraphEdge, Graph as GraphData, GraphLayout } from '../../../src/modules/graph/graph.schema.ts';
export type { Page } from '../../../src/http/pagination.ts';
export type {
  ApiToken,
  NewApiToken as CreatedToken,
  CurrentSession,
  ClientConfig as AppConfig,
  SetupState,
  RelationType,
  PersonalData,
  AuditEvent,
  AuditAction,
} from '../../../src/http/client-types.ts';

import type { Person } from '../../../src/modules/people/person.schema.ts';

/** An affiliation as the forms edit it: existing ones carry their id and organisation name. */
export type Affiliation = Omit<Person['affiliations'][number], 'id' | 'organisationName'> & { id?: string; organisationName?: string };

export type PartyType = 'person' | 'organisation';
export type Membership = import('../../../src/http/client-types.ts').CurrentSession['memberships'][number];

export type BuiltInRelationType = (typeof relationTypeVocabulary)[number]['key'];
export const builtInRelationTypes: readonly BuiltInRelationType[] = relationTypeVocabulary.map((t) => t.key);
export type { StoryBlock, StoryDocument, StoryLanguage, StorySection } from '../../../src/modules/story/story-document.ts';
export type { Communities, MetricRecord, MetricsPage, NodePosition } from '../../../src/modules/analytics/analytics.schema.ts';
export type { Introductions, Paths, Reach, WhatIf } from '../../../src/modules/analytics/influence.schema.ts';
export type { MetricName } from '../../../src/modules/analytics/analysis.types.ts';
export type Projection = (typeof import('../../../src/modules/analytics/analytics.schema.ts').projections)[number];
export type {
  ContactCadence,
  CreateContactCadence as ContactCadenceInput,
} from '../../../src/modules/stay-in-touch/contact-cadence.schema.ts';
export type { ImportInput, ImportResult, ImportedPerson, ImportedOrganisation } from '../../../src/modules/imports/import.schema.ts';
