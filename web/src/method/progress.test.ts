import { describe, expect, it } from 'vitest';
import { daysBefore, latestBy, stepState, themeProgress, type ProgressInput } from './progress.ts';

const today = '2026-11-27';

const empty: ProgressInput = {
  theme: { status: 'active', horizon: null, ownerId: null, organisationIds: [] },
  mandates: [],
  initiatives: [],
  assessments: [],
  groups: [],
  stakeholderAssessments: [],
  engagementPlans: [],
  decisions: [],
};

const checkOf = (input: ProgressInput, key: string) =>
  themeProgress(input, today)
    .steps.flatMap((s) => s.checks)
    .find((c) => c.key === key);

describe('themeProgress', () => {
  it('has nothing done for a bare theme, and every step not started', () => {
    const progress = themeProgress(empty, today);
    expect(progress.done).toBe(0);
    expect(progress.total).toBe(10);
    expect(progress.steps.map((s) => s.state)).toEqual(['not_started', 'not_started', 'not_started', 'not_started', 'not_started']);
  });

  it('completes every step when everything is filled in and current', () => {
    const full: ProgressInput = {
      theme: { status: 'active', horizon: '2027-12-31', ownerId: 'p1', organisationIds: ['o1', 'o2'] },
      mandates: [{ status: 'granted', reviewOn: '2027-01-01' }],
      initiatives: [{}],
      assessments: [
        { organisationId: 'o1', assessedOn: '2026-03-01' },
        { organisationId: 'o2', assessedOn: '2026-06-01' },
      ],
      groups: [{}],
      stakeholderAssessments: [{ partyId: 'p2', assessedOn: '2026-10-01' }],
      engagementPlans: [{ nextStepDueOn: '2026-12-15' }],
      decisions: [{}],
    };
    const progress = themeProgress(full, today);
    expect(progress.done).toBe(progress.total);
    expect(progress.steps.every((s) => s.state === 'complete')).toBe(true);
  });

  it('marks a granted mandate past its review date as stale, a requested one as partial', () => {
    expect(checkOf({ ...empty, mandates: [{ status: 'granted', reviewOn: '2026-11-26' }] }, 'mandate')?.state).toBe('stale');
    expect(checkOf({ ...empty, mandates: [{ status: 'granted', reviewOn: today }] }, 'mandate')?.state).toBe('done');
    expect(checkOf({ ...empty, mandates: [{ status: 'granted', reviewOn: null }] }, 'mandate')?.state).toBe('done');
    expect(checkOf({ ...empty, mandates: [{ status: 'requested', reviewOn: null }] }, 'mandate')?.state).toBe('partial');
    expect(checkOf({ ...empty, mandates: [{ status: 'withdrawn', reviewOn: null }] }, 'mandate')?.state).toBe('missing');
    expect(
      checkOf(
        {
          ...empty,
          mandates: [
            { status: 'granted', reviewOn: '2025-01-01' },
            { status: 'granted', reviewOn: '2027-01-01' },
          ],
        },
        'mandate',
      )?.state,
    ).toBe('done');
  });

  it('judges assessments by the latest per organisation of the theme', () => {
    const theme = { ...empty.theme, organisationIds: ['o1', 'o2'] };
    const old = { organisationId: 'o1', assessedOn: '2025-11-26' };
    const recent = { organisationId: 'o1', assessedOn: '2026-02-01' };
    expect(checkOf({ ...empty, theme, assessments: [recent] }, 'assessments')?.state).toBe('partial');
    expect(checkOf({ ...empty, theme, assessments: [old] }, 'assessments')?.state).toBe('stale');
    expect(
      checkOf({ ...empty, theme, assessments: [old, recent, { organisationId: 'o2', assessedOn: '2026-01-01' }] }, 'assessments')?.state,
    ).toBe('done');
    expect(checkOf({ ...empty, theme, assessments: [{ organisationId: 'other', assessedOn: today }] }, 'assessments')?.state).toBe(
      'missing',
    );
  });

  it('finds a stakeholder whose latest assessment is over a year old stale, and counts parties once', () => {
    const check = checkOf(
      {
        ...empty,
        stakeholderAssessments: [
          { partyId: 'a', assessedOn: '2024-01-01' },
          { partyId: 'a', assessedOn: '2026-01-01' },
          { partyId: 'b', assessedOn: '2025-06-01' },
        ],
      },
      'stakeholders',
    );
    expect(check).toEqual({ key: 'stakeholders', state: 'stale', count: 2 });
  });

  it('marks a horizon in the past stale while the theme is open, not once it is completed', () => {
    const past = { ...empty.theme, horizon: '2026-01-01' };
    expect(checkOf({ ...empty, theme: past }, 'horizon')?.state).toBe('stale');
    expect(checkOf({ ...empty, theme: { ...past, status: 'completed' } }, 'horizon')?.state).toBe('done');
  });

  it('marks engagement plans with an overdue next step stale', () => {
    expect(checkOf({ ...empty, engagementPlans: [{ nextStepDueOn: '2026-11-01' }] }, 'engagementPlans')?.state).toBe('stale');
    expect(checkOf({ ...empty, engagementPlans: [{ nextStepDueOn: null }] }, 'engagementPlans')?.state).toBe('done');
  });
});

describe('stepState', () => {
  it('puts attention before completeness and progress', () => {
    expect(stepState([{ key: 'owner', state: 'done' }])).toBe('complete');
    expect(
      stepState([
        { key: 'owner', state: 'done' },
        { key: 'horizon', state: 'missing' },
      ]),
    ).toBe('in_progress');
    expect(stepState([{ key: 'owner', state: 'partial' }])).toBe('in_progress');
    expect(
      stepState([
        { key: 'owner', state: 'done' },
        { key: 'horizon', state: 'stale' },
      ]),
    ).toBe('attention');
  });
});

describe('dates', () => {
  it('counts days back across a leap day and keeps the latest per key', () => {
    expect(daysBefore('2024-03-01', 1)).toBe('2024-02-29');
    expect(daysBefore('2026-11-27', 365)).toBe('2025-11-27');
    const latest = latestBy(
      [
        { k: 'a', d: '2020-01-01' },
        { k: 'a', d: '2021-01-01' },
        { k: 'b', d: '2019-01-01' },
      ],
      (x) => x.k,
      (x) => x.d,
    );
    expect(Object.fromEntries(latest)).toEqual({ a: '2021-01-01', b: '2019-01-01' });
  });
});
