import { useEffect, useMemo } from 'react';
import { Outlet, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Heading } from '@nl-design-system-candidate/heading-react';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import { useSession } from './session.ts';
import { WorkspaceContext } from './workspace-context.ts';
import { LAST_WORKSPACE_KEY, writeStorage } from '../lib/storage.ts';
import { AppLink } from '../components/AppLink.tsx';

/** Provides the workspace named in the URL to the pages below it, if the user is a member. */
export function WorkspaceRoute() {
  const { workspaceId = '' } = useParams();
  const { t } = useTranslation();
  const session = useSession();
  const membership = session.data?.memberships.find((m) => m.workspaceId === workspaceId);
  useEffect(() => {
    if (membership) writeStorage(LAST_WORKSPACE_KEY, workspaceId);
  }, [membership, workspaceId]);
  const value = useMemo(
    () =>
      membership
        ? {
            id: workspaceId,
            name: membership.workspaceName,
            role: membership.role,
            canEdit: membership.role !== 'viewer',
            isOwner: membership.role === 'owner',
          }
        : null,
    [membership, workspaceId],
  );
  if (!value) {
    return (
      <>
        <Heading level={1}>{t('workspaces.notMember')}</Heading>
        <Paragraph>
          <AppLink to="/workspaces">{t('workspaces.choose')}</AppLink>
        </Paragraph>
      </>
    );
  }
  return (
    <WorkspaceContext.Provider value={value}>
      <Outlet />
    </WorkspaceContext.Provider>
  );
}
