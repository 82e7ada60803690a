import { request } from './http.ts';
import { recordApi, workspacePath } from './records.ts';
import type {
  Affiliation,
  GraphData,
  GraphLayout,
  Note,
  NoteVisibility,
  Organisation,
  OrganisationKind,
  Person,
  Relation,
  RelationType,
  SearchHit,
  SearchType,
  Theme,
  ThemeKind,
  ThemeStatus,
} from './types.ts';

export interface PersonInput {
  name: string;
  jobTitle: string | null;
  email: string | null;
  phone: string | null;
  tags: string[];
  affiliations: Array<Omit<Affiliation, 'id' | 'organisationName'>>;
  source: string | null;
  informedOn: string | null;
}

export interface OrganisationInput {
  name: string;
  kind: OrganisationKind;
  code: string | null;
  parentId: string | null;
  description: string | null;
  website: string | null;
}

export interface ThemeInput {
  title: string;
  kind: ThemeKind;
  status: ThemeStatus;
  description: string | null;
  horizon: string | null;
  ownerId: string | null;
  organisationIds: string[];
}

/** The server works out whether each end is a person or an organisation from the ids. */
export interface RelationInput {
  from: string;
  to: string;
  type: string;
  directed?: boolean;
  strength: number;
  since: string | null;
  until: string | null;
  note: string | null;
}

export interface NoteInput {
  subjectType: Note['subjectType'];
  subjectId: string;
  visibility: NoteVisibility;
  body: string;
}

export const peopleApi = recordApi<Person, PersonInput>('people');
export const organisationsApi = {
  ...recordApi<Organisation, OrganisationInput>('organisations'),
  units: (workspaceId: string, id: string) =>
    request<{ data: Organisation[] }>(`${workspacePath(workspaceId, 'organisations')}/${encodeURIComponent(id)}/units`).then((a) => a.data),
};
export const themesApi = recordApi<Theme, ThemeInput>('themes');
export const relationsApi = recordApi<Relation, RelationInput>('relations');
export const notesApi = recordApi<Note, NoteInput>('notes');

export const relationTypesApi = {
  list: (workspaceId: string) => request<{ data: RelationType[] }>(workspacePath(workspaceId, 'relation-types')).then((a) => a.data),
};

export interface GraphQuery {
  centre?: string;
  depth?: number;
  themeId?: string;
  organisationId?: string;
  asOf?: string;
}

export const searchApi = {
  search: (workspaceId: string, q: string, types: SearchType[] | undefined, limit: number, signal?: AbortSignal) =>
    request<{ data: SearchHit[] }>(workspacePath(workspaceId, 'search'), {
      query: { q, types: types?.join(','), limit },
      signal,
    }).then((a) => a.data),
};

export const graphApi = {
  graph: (workspaceId: string, query: GraphQuery, signal?: AbortSignal) =>
    request<GraphData>(workspacePath(workspaceId, 'graph'), { query: { ...query }, signal }),
  layout: (workspaceId: string, key: string) =>
    request<GraphLayout>(`${workspacePath(workspaceId, 'graph-layouts')}/${encodeURIComponent(key)}`),
  saveLayout: (workspaceId: string, key: string, positions: GraphLayout['positions'], version?: number) =>
    request<GraphLayout>(`${workspacePath(workspaceId, 'graph-layouts')}/${encodeURIComponent(key)}`, {
      method: 'PUT',
      body: { positions },
      ifMatch: version,
    }),
};
