import { createContext, useContext } from 'react';
import type { Role } from '../api/types.ts';

export interface WorkspaceContextValue {
  id: string;
  name: string;
  role: Role;
  /** Editors and owners may change records; viewers only read. */
  canEdit: boolean;
  isOwner: boolean;
}

export const WorkspaceContext = createContext<WorkspaceContextValue | null>(null);

/** The workspace of the current page; only valid below a workspace route. */
export function useWorkspace(): WorkspaceContextValue {
  const value = useContext(WorkspaceContext);
  if (!value) throw new Error('auth/workspace-context: useWorkspace() outside a workspace route');
  return value;
}

/** Builds a path inside the current workspace. */
export const wsPath = (workspaceId: string, path = '') => `/w/${workspaceId}${path ? `/${path}` : ''}`;
