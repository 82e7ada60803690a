import { useQuery } from '@tanstack/react-query';
import {
  assessmentsApi,
  decisionsApi,
  engagementPlansApi,
  groupsApi,
  initiativesApi,
  mandatesApi,
  stakeholderAssessmentsApi,
} from '../api/method.ts';

/** The query key of a theme's records of one kind; invalidating `[kind, workspaceId]` refreshes every theme. */
export const themeKey = (kind: string, workspaceId: string, themeId: string) => [kind, workspaceId, { themeId }] as const;

/**
 * Everything the five steps link to one theme, read once and shared by the checklist and the
 * step sections (the queries share their cache by key).
 */
export function useThemeRecords(workspaceId: string, themeId: string) {
  const byTheme = { themeId, limit: 200 };
  const mandates = useQuery({
    queryKey: themeKey('mandates', workspaceId, themeId),
    queryFn: () => mandatesApi.list(workspaceId, byTheme),
  });
  const initiatives = useQuery({
    queryKey: themeKey('initiatives', workspaceId, themeId),
    queryFn: () => initiativesApi.list(workspaceId, byTheme),
  });
  const groups = useQuery({ queryKey: themeKey('groups', workspaceId, themeId), queryFn: () => groupsApi.list(workspaceId, byTheme) });
  const grid = useQuery({
    queryKey: themeKey('stakeholder-grid', workspaceId, themeId),
    queryFn: () => stakeholderAssessmentsApi.grid(workspaceId, themeId),
  });
  const plans = useQuery({
    queryKey: themeKey('engagement-plans', workspaceId, themeId),
    queryFn: () => engagementPlansApi.list(workspaceId, byTheme),
  });
  const decisions = useQuery({
    queryKey: themeKey('decisions', workspaceId, themeId),
    queryFn: () => decisionsApi.list(workspaceId, byTheme),
  });
  // Assessments belong to organisations, not themes: the theme counts those of its organisations.
  const assessments = useQuery({
    queryKey: ['assessments', workspaceId, 'all'],
    queryFn: () => assessmentsApi.list(workspaceId, { limit: 200 }),
    staleTime: 30_000,
  });
  const all = [mandates, initiatives, groups, grid, plans, decisions, assessments];
  return {
    mandates,
    initiatives,
    groups,
    grid,
    plans,
    decisions,
    assessments,
    isPending: all.some((q) => q.isPending),
    error: all.find((q) => q.error)?.error ?? null,
  };
}
