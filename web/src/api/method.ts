import { request } from './http.ts';
import { recordApi, workspacePath } from './records.ts';
import type {
  Decision,
  DecisionInput,
  EngagementPlan,
  EngagementPlanInput,
  Group,
  GroupInput,
  Initiative,
  InitiativeInput,
  KnowledgeItem,
  KnowledgeItemInput,
  Mandate,
  MandateInput,
  MaturityModel,
  MaturityComparison,
  Assessment,
  AssessmentInput,
  StakeholderAssessment,
  StakeholderAssessmentInput,
  StakeholderGrid,
} from './types.ts';

/** Step 2: the information manager's mandate per theme, and the related initiatives. */
export const mandatesApi = recordApi<Mandate, MandateInput>('mandates');
export const initiativesApi = recordApi<Initiative, InitiativeInput>('initiatives');

/** Step 3: working groups, regional meetings and data teams. */
export const groupsApi = recordApi<Group, GroupInput>('groups');
export const knowledgeItemsApi = recordApi<KnowledgeItem, KnowledgeItemInput>('knowledge-items');

/** Step 4: dated stakeholder assessments per theme and party, and the grid of each party's latest one. */
export const stakeholderAssessmentsApi = {
  ...recordApi<StakeholderAssessment, StakeholderAssessmentInput>('stakeholder-assessments'),
  grid: (workspaceId: string, themeId: string, query: { side?: string; asOf?: string } = {}) =>
    request<StakeholderGrid>(`${workspacePath(workspaceId, 'themes')}/${encodeURIComponent(themeId)}/stakeholder-grid`, { query }),
};

/** Step 5: how each stakeholder is engaged, and what was decided. */
export const engagementPlansApi = recordApi<EngagementPlan, EngagementPlanInput>('engagement-plans');
export const decisionsApi = recordApi<Decision, DecisionInput>('decisions');

/** Step 3: maturity models and the dated assessments of organisations against them. */
export const maturityModelsApi = {
  ...recordApi<MaturityModel, never>('maturity-models'),
  /** Each organisation's latest scores and trend on one model, optionally only the theme's organisations. */
  comparison: (workspaceId: string, modelId: string, query: { themeId?: string; asOf?: string } = {}) =>
    request<MaturityComparison>(`${workspacePath(workspaceId, 'maturity-models')}/${encodeURIComponent(modelId)}/comparison`, { query }),
};
export const assessmentsApi = recordApi<Assessment, AssessmentInput>('assessments');
