/** The five steps of the method in the demo region, in one object. */
import { demoDecisions, demoEngagementPlans, demoMaturityAssessments, demoStakeholderAssessments } from './demo-method-decisions.ts';
import { demoCadences, demoInteractions } from './demo-method-engagement.ts';
import { demoGroups, demoInitiatives, demoKnowledgeItems, demoMandates } from './demo-method-role.ts';
import type { DemoMethod } from './demo-method-types.ts';

export const demoMethod: DemoMethod = {
  mandates: demoMandates,
  initiatives: demoInitiatives,
  groups: demoGroups,
  knowledgeItems: demoKnowledgeItems,
  interactions: demoInteractions,
  stakeholderAssessments: demoStakeholderAssessments,
  engagementPlans: demoEngagementPlans,
  decisions: demoDecisions,
  cadences: demoCadences,
  maturityAssessments: demoMaturityAssessments,
};
