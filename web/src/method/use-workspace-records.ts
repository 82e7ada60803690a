import { useQueries } from '@tanstack/react-query';
import { themesApi } from '../api/network.ts';
import {
  assessmentsApi,
  decisionsApi,
  engagementPlansApi,
  groupsApi,
  initiativesApi,
  mandatesApi,
  stakeholderAssessmentsApi,
} from '../api/method.ts';
import type { WorkspaceRecords } from './agenda.ts';

/** How many of each record the agenda reads: the first page of each list (the API's largest page). */
const LIMIT = 200;

/** The themes and every record of the method in the workspace, for the agenda overview. */
export function useWorkspaceRecords(workspaceId: string) {
  const query = { limit: LIMIT };
  const sources = {
    themes: () => themesApi.list(workspaceId, { ...query, sort: 'title' }),
    mandates: () => mandatesApi.list(workspaceId, query),
    initiatives: () => initiativesApi.list(workspaceId, query),
    groups: () => groupsApi.list(workspaceId, query),
    assessments: () => assessmentsApi.list(workspaceId, query),
    'stakeholder-assessments': () => stakeholderAssessmentsApi.list(workspaceId, query),
    'engagement-plans': () => engagementPlansApi.list(workspaceId, query),
    decisions: () => decisionsApi.list(workspaceId, query),
  };
  const results = useQueries({
    queries: Object.entries(sources).map(([kind, fetch]) => ({ queryKey: [kind, workspaceId, 'all'], queryFn: fetch, staleTime: 30_000 })),
  });
  const [themes, mandates, initiatives, groups, assessments, stakeholders, plans, decisions] = results;
  const data = <T>(q: { data?: unknown } | undefined) => ((q?.data as { data: T[] } | undefined)?.data ?? []) as T[];
  const records: WorkspaceRecords = {
    mandates: data(mandates),
    initiatives: data(initiatives),
    groups: data(groups),
    assessments: data(assessments),
    stakeholderAssessments: data(stakeholders),
    engagementPlans: data(plans),
    decisions: data(decisions),
  };
  return {
    themes: data<Awaited<ReturnType<typeof sources.themes>>['data'][number]>(themes),
    records,
    isPending: results.some((q) => q.isPending),
    error: results.find((q) => q.error)?.error ?? null,
  };
}
