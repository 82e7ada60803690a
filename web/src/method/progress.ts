/**
 * The five steps of the method as a checklist for one theme: which checks are done, which
 * are missing and which have gone stale (a mandate past its review date, an assessment
 * older than a year). Pure, so the theme page and the agenda overview show the same answer.
 */

/** The state of one check on the list. */
export type CheckState = 'done' | 'partial' | 'missing' | 'stale';

/** The state of a whole step, summarised from its checks. */
export type StepState = 'complete' | 'in_progress' | 'not_started' | 'attention';

export const stepKeys = ['direction', 'role', 'position', 'keyFigures', 'decisionMakers'] as const;
export type StepKey = (typeof stepKeys)[number];

export const checkKeys = [
  'owner',
  'horizon',
  'organisations',
  'mandate',
  'initiatives',
  'assessments',
  'groups',
  'stakeholders',
  'engagementPlans',
  'decisions',
] as const;
export type CheckKey = (typeof checkKeys)[number];

export interface Check {
  key: CheckKey;
  state: CheckState;
  /** How many records count towards the check, where a number says something. */
  count?: number;
}

export interface StepProgress {
  key: StepKey;
  state: StepState;
  checks: Check[];
}

export interface ThemeProgress {
  steps: StepProgress[];
  /** Checks done out of all checks, for a progress bar. */
  done: number;
  total: number;
}

/** What the checklist needs of a theme and the records linked to it; the API records fit these shapes. */
export interface ProgressInput {
  theme: { status: string; horizon: string | null; ownerId: string | null; organisationIds: readonly string[] };
  mandates: ReadonlyArray<{ status: string; reviewOn: string | null }>;
  initiatives: ReadonlyArray<unknown>;
  assessments: ReadonlyArray<{ organisationId: string; assessedOn: string }>;
  groups: ReadonlyArray<unknown>;
  stakeholderAssessments: ReadonlyArray<{ partyId: string; assessedOn: string }>;
  engagementPlans: ReadonlyArray<{ nextStepDueOn?: string | null }>;
  decisions: ReadonlyArray<unknown>;
}

/** Assessments older than this many days no longer say where an organisation stands. */
export const STALE_AFTER_DAYS = 365;

const closedStatuses = new Set(['completed', 'dropped']);

/** The day `days` before `today`, both as YYYY-MM-DD. */
export function daysBefore(today: string, days: number): string {
  const d = new Date(`${today}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - days);
  return d.toISOString().slice(0, 10);
}

/** The latest date per key, e.g. the latest assessment per organisation. */
export function latestBy<T>(items: readonly T[], key: (item: T) => string, date: (item: T) => string): Map<string, string> {
  const latest = new Map<string, string>();
  for (const item of items) {
    const k = key(item);
    const d = date(item);
    const seen = latest.get(k);
    if (seen === undefined || d > seen) latest.set(k, d);
  }
  return latest;
}

const present = (count: number): CheckState => (count > 0 ? 'done' : 'missing');

function mandateState(mandates: ProgressInput['mandates'], today: string): CheckState {
  const granted = mandates.filter((m) => m.status === 'granted');
  if (granted.some((m) => m.reviewOn === null || m.reviewOn >= today)) return 'done';
  if (granted.length > 0 || mandates.some((m) => m.status === 'expired')) return 'stale';
  return mandates.some((m) => m.status === 'requested') ? 'partial' : 'missing';
}

function assessmentState(input: ProgressInput, today: string): CheckState {
  const organisations = input.theme.organisationIds;
  const latest = latestBy(
    input.assessments,
    (a) => a.organisationId,
    (a) => a.assessedOn,
  );
  const cutoff = daysBefore(today, STALE_AFTER_DAYS);
  const assessed = organisations.filter((o) => latest.has(o));
  if (assessed.length === 0) return 'missing';
  if (assessed.some((o) => (latest.get(o) ?? '') < cutoff)) return 'stale';
  return assessed.length === organisations.length ? 'done' : 'partial';
}

function freshness(latest: Map<string, string>, cutoff: string): CheckState {
  return [...latest.values()].some((d) => d < cutoff) ? 'stale' : 'done';
}

function stakeholderState(input: ProgressInput, today: string): CheckState {
  const latest = latestBy(
    input.stakeholderAssessments,
    (a) => a.partyId,
    (a) => a.assessedOn,
  );
  if (latest.size === 0) return 'missing';
  return freshness(latest, daysBefore(today, STALE_AFTER_DAYS));
}

function engagementState(plans: ProgressInput['engagementPlans'], today: string): CheckState {
  if (plans.length === 0) return 'missing';
  return plans.some((p) => p.nextStepDueOn && p.nextStepDueOn < today) ? 'stale' : 'done';
}

function horizonState(theme: ProgressInput['theme'], today: string): CheckState {
  if (theme.horizon === null) return 'missing';
  return theme.horizon < today && !closedStatuses.has(theme.status) ? 'stale' : 'done';
}

/** A step is complete when every check is done, needs attention when one is stale. */
export function stepState(checks: readonly Check[]): StepState {
  if (checks.some((c) => c.state === 'stale')) return 'attention';
  if (checks.every((c) => c.state === 'done')) return 'complete';
  if (checks.every((c) => c.state === 'missing')) return 'not_started';
  return 'in_progress';
}

/** The checklist of the five steps for one theme, as of `today` (YYYY-MM-DD). */
export function themeProgress(input: ProgressInput, today: string): ThemeProgress {
  const parties = new Set(input.stakeholderAssessments.map((a) => a.partyId)).size;
  const checksPerStep: Record<StepKey, Check[]> = {
    direction: [
      { key: 'owner', state: input.theme.ownerId ? 'done' : 'missing' },
      { key: 'horizon', state: horizonState(input.theme, today) },
      { key: 'organisations', state: present(input.theme.organisationIds.length), count: input.theme.organisationIds.length },
    ],
    role: [
      { key: 'mandate', state: mandateState(input.mandates, today), count: input.mandates.length },
      { key: 'initiatives', state: present(input.initiatives.length), count: input.initiatives.length },
    ],
    position: [
      { key: 'assessments', state: assessmentState(input, today), count: input.assessments.length },
      { key: 'groups', state: present(input.groups.length), count: input.groups.length },
    ],
    keyFigures: [{ key: 'stakeholders', state: stakeholderState(input, today), count: parties }],
    decisionMakers: [
      { key: 'engagementPlans', state: engagementState(input.engagementPlans, today), count: input.engagementPlans.length },
      { key: 'decisions', state: present(input.decisions.length), count: input.decisions.length },
    ],
  };
  const steps = stepKeys.map((key) => ({ key, checks: checksPerStep[key], state: stepState(checksPerStep[key]) }));
  const all = steps.flatMap((s) => s.checks);
  return { steps, done: all.filter((c) => c.state === 'done').length, total: all.length };
}

/** Today as YYYY-MM-DD in UTC, the calendar the API's dates are in. */
export const todayIso = (now: Date = new Date()) => now.toISOString().slice(0, 10);
