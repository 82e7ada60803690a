/**
 * The agenda overview: every theme with its step progress, computed from the workspace's
 * records in one pass (each record goes to the themes it names), and grouped for display.
 */
import { themeProgress, type ProgressInput, type ThemeProgress } from './progress.ts';

type ThemeLike = ProgressInput['theme'] & { id: string; kind: string };

/** The workspace's records of the method, each carrying the theme (or themes) it belongs to. */
export interface WorkspaceRecords {
  mandates: ReadonlyArray<ProgressInput['mandates'][number] & { themeId: string }>;
  initiatives: ReadonlyArray<{ themeIds: readonly string[] }>;
  groups: ReadonlyArray<{ themeIds: readonly string[] }>;
  assessments: ReadonlyArray<ProgressInput['assessments'][number]>;
  stakeholderAssessments: ReadonlyArray<ProgressInput['stakeholderAssessments'][number] & { themeId: string }>;
  engagementPlans: ReadonlyArray<ProgressInput['engagementPlans'][number] & { themeId: string }>;
  decisions: ReadonlyArray<{ themeId: string | null }>;
}

function bucket<T>(items: readonly T[], themesOf: (item: T) => readonly (string | null)[]): Map<string, T[]> {
  const byTheme = new Map<string, T[]>();
  for (const item of items) {
    for (const id of themesOf(item)) {
      if (id === null) continue;
      const list = byTheme.get(id);
      if (list) list.push(item);
      else byTheme.set(id, [item]);
    }
  }
  return byTheme;
}

/** The progress of every theme, by theme id. Maturity assessments count for the theme's organisations. */
export function progressByTheme(themes: readonly ThemeLike[], records: WorkspaceRecords, today: string): Map<string, ThemeProgress> {
  const mandates = bucket(records.mandates, (m) => [m.themeId]);
  const initiatives = bucket(records.initiatives, (i) => i.themeIds);
  const groups = bucket(records.groups, (g) => g.themeIds);
  const stakeholders = bucket(records.stakeholderAssessments, (s) => [s.themeId]);
  const plans = bucket(records.engagementPlans, (p) => [p.themeId]);
  const decisions = bucket(records.decisions, (d) => [d.themeId]);
  const result = new Map<string, ThemeProgress>();
  for (const theme of themes) {
    const organisations = new Set(theme.organisationIds);
    result.set(
      theme.id,
      themeProgress(
        {
          theme,
          mandates: mandates.get(theme.id) ?? [],
          initiatives: initiatives.get(theme.id) ?? [],
          assessments: records.assessments.filter((a) => organisations.has(a.organisationId)),
          groups: groups.get(theme.id) ?? [],
          stakeholderAssessments: stakeholders.get(theme.id) ?? [],
          engagementPlans: plans.get(theme.id) ?? [],
          decisions: decisions.get(theme.id) ?? [],
        },
        today,
      ),
    );
  }
  return result;
}

export const agendaGroupings = ['status', 'kind', 'horizon'] as const;
export type AgendaGrouping = (typeof agendaGroupings)[number];

/** The key a theme is grouped under: its status, its kind, or the year of its horizon (`none` without one). */
export function groupKey(theme: { status: string; kind: string; horizon: string | null }, by: AgendaGrouping): string {
  if (by === 'horizon') return theme.horizon ? theme.horizon.slice(0, 4) : 'none';
  return by === 'status' ? theme.status : theme.kind;
}

/**
 * Themes in groups, in the order of `order` (the vocabulary's order for status and kind,
 * years ascending for the horizon, themes without one last); themes keep their order within a group.
 */
export function groupThemes<T extends { status: string; kind: string; horizon: string | null }>(
  themes: readonly T[],
  by: AgendaGrouping,
  order: readonly string[] = [],
): Array<{ key: string; themes: T[] }> {
  const groups = new Map<string, T[]>();
  for (const theme of themes) {
    const key = groupKey(theme, by);
    groups.set(key, [...(groups.get(key) ?? []), theme]);
  }
  const rank = (key: string) => {
    if (by === 'horizon') return key === 'none' ? Number.MAX_SAFE_INTEGER : Number(key);
    const i = order.indexOf(key);
    return i === -1 ? order.length : i;
  };
  return [...groups.entries()].sort(([a], [b]) => rank(a) - rank(b)).map(([key, list]) => ({ key, themes: list }));
}
