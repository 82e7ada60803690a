import { request, requestWithEtag } from './http.ts';
import { workspacePath } from './records.ts';
import type { Communities, Introductions, Member, MetricsPage, NodePosition, Paths, Projection, Reach, WhatIf } from './types.ts';

const analytics = (workspaceId: string, path: string) => `${workspacePath(workspaceId, 'analytics')}/${path}`;

export interface MetricsListQuery {
  projection?: Projection;
  sort?: string;
  kind?: 'person' | 'organisation';
  limit?: number;
  cursor?: string;
}

/** The network analytics of a workspace; every answer says when it was computed and whether it is stale. */
export const analyticsApi = {
  metrics: (workspaceId: string, query: MetricsListQuery = {}) =>
    request<MetricsPage>(analytics(workspaceId, 'metrics'), { query: { ...query } }),
  position: (workspaceId: string, nodeId: string, projection?: Projection) =>
    request<NodePosition>(analytics(workspaceId, `metrics/${encodeURIComponent(nodeId)}`), { query: { projection } }),
  communities: (workspaceId: string, projection?: Projection) =>
    request<Communities>(analytics(workspaceId, 'communities'), { query: { projection } }),
  paths: (workspaceId: string, to: string, k = 3, from?: string) =>
    request<Paths>(analytics(workspaceId, 'paths'), { query: { to, k, from } }),
  introductions: (workspaceId: string, to: string) => request<Introductions>(analytics(workspaceId, 'introductions'), { query: { to } }),
  reach: (workspaceId: string, themeId?: string) => request<Reach>(analytics(workspaceId, 'reach'), { query: { themeId } }),
  whatIfLeaves: (workspaceId: string, personId: string) =>
    request<WhatIf>(analytics(workspaceId, 'what-if-leaves'), { query: { personId } }),
};

/** Your own membership, with the person you are in the network. */
export const ownMembershipApi = {
  get: (workspaceId: string) => requestWithEtag<Member>(workspacePath(workspaceId, 'members/me')),
  setPerson: (workspaceId: string, personId: string | null, version: number) =>
    request<Member>(workspacePath(workspaceId, 'members/me'), { method: 'PATCH', body: { personId }, ifMatch: version }),
};
