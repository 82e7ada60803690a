import { Navigate } from 'react-router';
import { useSession } from '../auth/session.ts';
import { wsPath } from '../auth/workspace-context.ts';
import { LAST_WORKSPACE_KEY, readStorage } from '../lib/storage.ts';

/** `/` opens the workspace used last, the only one, or the chooser. */
export function HomeRedirect() {
  const session = useSession();
  const memberships = session.data?.memberships ?? [];
  const last = readStorage(LAST_WORKSPACE_KEY);
  const target = memberships.find((m) => m.workspaceId === last) ?? (memberships.length === 1 ? memberships[0] : undefined);
  return <Navigate to={target ? wsPath(target.workspaceId) : '/workspaces'} replace />;
}
