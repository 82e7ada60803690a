import { describe, expect, it } from 'vitest';
import { groupKey, groupThemes, progressByTheme, type WorkspaceRecords } from './agenda.ts';

const today = '2026-11-27';
const theme = (id: string, over: Partial<{ status: string; kind: string; horizon: string | null; organisationIds: string[] }> = {}) => ({
  id,
  kind: 'regional_theme',
  status: 'active',
  horizon: null,
  ownerId: null,
  organisationIds: [],
  ...over,
});

const none: WorkspaceRecords = {
  mandates: [],
  initiatives: [],
  groups: [],
  assessments: [],
  stakeholderAssessments: [],
  engagementPlans: [],
  decisions: [],
};

describe('progressByTheme', () => {
  it('gives each record to the themes it names, and none to others', () => {
    const records: WorkspaceRecords = {
      ...none,
      mandates: [{ themeId: 'a', status: 'granted', reviewOn: null }],
      initiatives: [{ themeIds: ['a', 'b'] }],
      decisions: [{ themeId: 'b' }, { themeId: null }],
      stakeholderAssessments: [{ themeId: 'b', partyId: 'p', assessedOn: '2026-01-01' }],
    };
    const progress = progressByTheme([theme('a'), theme('b'), theme('c')], records, today);
    const state = (id: string, key: string) =>
      progress
        .get(id)
        ?.steps.flatMap((s) => s.checks)
        .find((c) => c.key === key)?.state;
    expect(state('a', 'mandate')).toBe('done');
    expect(state('b', 'mandate')).toBe('missing');
    expect(state('a', 'initiatives')).toBe('done');
    expect(state('b', 'initiatives')).toBe('done');
    expect(state('b', 'decisions')).toBe('done');
    expect(state('a', 'decisions')).toBe('missing');
    expect(state('b', 'stakeholders')).toBe('done');
    expect(progress.get('c')?.done).toBe(0);
  });

  it("counts maturity assessments of the theme's organisations only", () => {
    const records = { ...none, assessments: [{ organisationId: 'o1', assessedOn: '2026-05-01' }] };
    const progress = progressByTheme([theme('a', { organisationIds: ['o1'] }), theme('b', { organisationIds: ['o2'] })], records, today);
    const assessed = (id: string) =>
      progress
        .get(id)
        ?.steps.flatMap((s) => s.checks)
        .find((c) => c.key === 'assessments')?.state;
    expect(assessed('a')).toBe('done');
    expect(assessed('b')).toBe('missing');
  });
});

describe('groupThemes', () => {
  const themes = [
    theme('a', { status: 'completed', horizon: '2028-01-01' }),
    theme('b', { status: 'active', horizon: null }),
    theme('c', { status: 'exploring', horizon: '2027-06-30' }),
    theme('d', { status: 'active', horizon: '2027-01-01' }),
  ];

  it('groups by status in the order of the vocabulary, keeping the order within a group', () => {
    const groups = groupThemes(themes, 'status', ['exploring', 'active', 'on_hold', 'completed', 'dropped']);
    expect(groups.map((g) => g.key)).toEqual(['exploring', 'active', 'completed']);
    expect(groups[1]?.themes.map((t) => t.id)).toEqual(['b', 'd']);
  });

  it('groups by horizon year, themes without a horizon last', () => {
    expect(groupThemes(themes, 'horizon').map((g) => [g.key, g.themes.map((t) => t.id)])).toEqual([
      ['2027', ['c', 'd']],
      ['2028', ['a']],
      ['none', ['b']],
    ]);
    expect(groupKey(theme('x', { kind: 'legislation' }), 'kind')).toBe('legislation');
  });
});
