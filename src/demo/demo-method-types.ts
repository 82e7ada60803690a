/**
 * The five steps of the method in the demo region: mandates, initiatives, groups, knowledge,
 * interactions, key-figure assessments, engagement plans and decisions — keyed like the rest
 * of the demo, so a unit test can check every reference before anything is loaded.
 */
import type { IsoDate } from './demo-types.ts';

export interface DemoMandate {
  key: string;
  themeKey: string;
  clientKey: string;
  holderKey: string;
  role: string;
  scope: string;
  status: 'requested' | 'granted' | 'expired' | 'withdrawn';
  grantedOn: IsoDate;
  reviewOn: IsoDate;
}

export interface DemoInitiative {
  key: string;
  title: string;
  kind: 'project' | 'pilot' | 'organisational_question' | 'shared_solution' | 'shared_hire';
  status: 'proposed' | 'active' | 'on_hold' | 'completed' | 'stopped';
  description: string;
  leadKey: string;
  organisationKeys: string[];
  themeKeys: string[];
  startOn: IsoDate;
  endOn?: IsoDate;
  outcome?: string;
}

export interface DemoGroup {
  key: string;
  name: string;
  kind: 'working_group' | 'regional_meeting' | 'data_team' | 'other';
  description: string;
  themeKeys: string[];
  members: { personKey: string; role: 'chair' | 'secretary' | 'member' | 'adviser' | 'guest'; since: IsoDate; until?: IsoDate }[];
}

export interface DemoKnowledgeItem {
  groupKey: string;
  kind: 'presentation' | 'training' | 'document_link';
  title: string;
  description: string;
  sharedOn: IsoDate;
  sharedByKey: string;
  themeKeys: string[];
  url?: string;
}

export interface DemoAction {
  title: string;
  /** A person key, or `owner` for the workspace owner's own account. */
  ownerKey: string;
  dueOn: IsoDate;
  done: boolean;
}

export interface DemoInteraction {
  key: string;
  kind: 'meeting' | 'informative_session' | 'presentation' | 'expert_conversation' | 'one_to_one' | 'call' | 'email';
  title: string;
  date: IsoDate;
  groupKey?: string;
  themeKeys: string[];
  organisationKeys?: string[];
  participants: { personKey: string; attendance?: 'invited' | 'attended' | 'absent' }[];
  summary: string;
  outcome?: string;
  actions?: DemoAction[];
}

export interface DemoStakeholderAssessment {
  themeKey: string;
  partyKey: string;
  assessedOn: IsoDate;
  power: number;
  interest: number;
  attitude: number;
  concerns: ('unfamiliar' | 'afraid_of_risks' | 'no_capacity' | 'privacy' | 'costs' | 'other')[];
  concernNote?: string;
  salience: { power: boolean; legitimacy: boolean; urgency: boolean };
  side: 'internal' | 'external';
}

export interface DemoEngagementPlan {
  themeKey: string;
  partyKey: string;
  level: 'inform' | 'consult' | 'involve' | 'collaborate' | 'empower';
  keyMessage: string;
  channel: string;
  ownerKey: string;
  nextStep: string;
  nextStepDueOn: IsoDate;
}

export interface DemoDecision {
  title: string;
  bodyKey: string;
  date: IsoDate;
  themeKey: string;
  outcome: 'pending' | 'adopted' | 'rejected' | 'postponed' | 'withdrawn';
  amountCents?: number;
  description: string;
  interactionKeys: string[];
  initiativeKeys: string[];
}

export interface DemoCadence {
  personKey: string;
  everyDays: number;
}

/** Scores per dimension key of the built-in maturity model, 1–5. */
export interface DemoMaturityAssessment {
  organisationKey: string;
  assessedOn: IsoDate;
  assessorKey: string;
  summary: string;
  scores: Record<string, number>;
}

export interface DemoMethod {
  mandates: DemoMandate[];
  initiatives: DemoInitiative[];
  groups: DemoGroup[];
  knowledgeItems: DemoKnowledgeItem[];
  interactions: DemoInteraction[];
  stakeholderAssessments: DemoStakeholderAssessment[];
  engagementPlans: DemoEngagementPlan[];
  decisions: DemoDecision[];
  cadences: DemoCadence[];
  maturityAssessments: DemoMaturityAssessment[];
}
