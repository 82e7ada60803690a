import { Navigate, Outlet, useLocation } from 'react-router';
import { useSession } from './session.ts';
import { Loading, LoadError } from '../components/QueryStatus.tsx';

/** Lets signed-in users through; sends everyone else to the sign-in page, remembering where they were going. */
export function RequireSession() {
  const session = useSession();
  const location = useLocation();
  if (session.isPending) return <Loading />;
  if (session.error) return <LoadError error={session.error} />;
  if (!session.data) {
    const next = `${location.pathname}${location.search}`;
    return <Navigate to={`/login?next=${encodeURIComponent(next)}`} replace />;
  }
  return <Outlet />;
}
