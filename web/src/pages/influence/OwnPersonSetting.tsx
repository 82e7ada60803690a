import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQueryClient } from '@tanstack/react-query';
import { Alert } from '@utrecht/component-library-react';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import { Button } from '@nl-design-system-candidate/button-react';
import { ownMembershipApi } from '../../api/analytics.ts';
import { useWorkspace } from '../../auth/workspace-context.ts';
import { PartyCombobox } from '../../components/PartyCombobox.tsx';
import { LoadError, Loading, StatusMessage } from '../../components/QueryStatus.tsx';
import { usePersonName } from '../../components/PersonLink.tsx';
import { describeApiError } from '../../lib/form-errors.ts';
import { ownMembershipKey, useOwnMembership } from './use-own-person.ts';

/**
 * "Which person in the network am I": shows it, and lets any member set or change it.
 * Influence paths and the circle of influence start at that person; `children` renders
 * only once it is set, with the person's id.
 */
export function OwnPersonSetting({ children }: { children?: (personId: string) => React.ReactNode }) {
  const { t } = useTranslation();
  const ws = useWorkspace();
  const client = useQueryClient();
  const membership = useOwnMembership(ws.id);
  const personId = membership.data?.data.personId ?? null;
  const name = usePersonName(ws.id, personId);
  const [editing, setEditing] = useState(false);
  const [status, setStatus] = useState('');
  const [error, setError] = useState('');
  if (membership.error) return <LoadError error={membership.error} />;
  if (!membership.data) return <Loading />;
  const save = async (id: string | null, label: string) => {
    setError('');
    try {
      const version = membership.data.etag ?? membership.data.data.version;
      await ownMembershipApi.setPerson(ws.id, id, version);
      await client.invalidateQueries({ queryKey: ownMembershipKey(ws.id) });
      setEditing(false);
      setStatus(id ? t('influence.meSaved', { name: label }) : t('influence.meCleared'));
    } catch (e) {
      setError(describeApiError(e, t));
    }
  };
  const chooser = (
    <PartyCombobox
      id="own-person"
      workspaceId={ws.id}
      types={['person']}
      label={t('influence.mePerson')}
      description={t('influence.meHint')}
      onSelect={(hit) => void save(hit.id, hit.title)}
    />
  );
  return (
    <>
      <div className="kring-own-person" aria-label={t('influence.me')} role="group">
        {personId ? (
          <Paragraph>
            {t('influence.meIs', { name: name ?? '…' })}{' '}
            {editing ? null : (
              <Button purpose="subtle" onClick={() => setEditing(true)}>
                {t('influence.meChange')}
              </Button>
            )}
          </Paragraph>
        ) : (
          <Alert type="warning">
            <Paragraph>{t('influence.meNotSet')}</Paragraph>
          </Alert>
        )}
        {!personId || editing ? chooser : null}
        {personId && editing ? (
          <Button purpose="secondary" onClick={() => void save(null, '')}>
            {t('influence.meClear')}
          </Button>
        ) : null}
        {error ? (
          <Alert type="error" role="alert">
            <Paragraph>{error}</Paragraph>
          </Alert>
        ) : null}
        <StatusMessage>{status}</StatusMessage>
      </div>
      {personId && children ? children(personId) : null}
    </>
  );
}
