import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Heading } from '@nl-design-system-candidate/heading-react';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import { Button } from '@nl-design-system-candidate/button-react';
import { Alert, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { accountsApi } from '../api/accounts.ts';
import type { ApiToken, CreatedToken } from '../api/types.ts';
import { useSession } from '../auth/session.ts';
import { TextField } from '../components/TextField.tsx';
import { ErrorSummary } from '../components/ErrorSummary.tsx';
import { FormActions } from '../components/FormActions.tsx';
import { ConfirmDialog } from '../components/ConfirmDialog.tsx';
import { RemoveButton } from '../components/RemoveButton.tsx';
import { QueryStatus, StatusMessage } from '../components/QueryStatus.tsx';
import { PageSection } from '../components/PageSection.tsx';
import { useApiForm } from '../lib/use-api-form.ts';
import { useDocumentTitle } from '../lib/use-document-title.ts';
import { useFormat } from '../i18n/format.ts';

/** User settings: who you are and the API tokens for scripts. */
export function AccountPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('account.title'));
  const fmt = useFormat();
  const session = useSession();
  const client = useQueryClient();
  const tokens = useQuery({ queryKey: ['tokens'], queryFn: accountsApi.tokens });
  const [name, setName] = useState('');
  const [expiresOn, setExpiresOn] = useState('');
  const [created, setCreated] = useState<CreatedToken | null>(null);
  const [revoking, setRevoking] = useState<ApiToken | null>(null);
  const [status, setStatus] = useState('');
  const form = useApiForm({ name: t('tokens.name'), expiresOn: t('tokens.expiresOn') });
  const user = session.data?.user;

  const create = async (e: FormEvent) => {
    e.preventDefault();
    form.clear();
    await form.run(async () => {
      const token = await accountsApi.createToken({ name: name.trim(), expiresOn: expiresOn || undefined });
      setCreated(token);
      setName('');
      setExpiresOn('');
      await client.invalidateQueries({ queryKey: ['tokens'] });
    });
  };

  const revoke = async () => {
    if (!revoking) return;
    await accountsApi.deleteToken(revoking.id);
    setStatus(t('tokens.revoked', { name: revoking.name }));
    setRevoking(null);
    await client.invalidateQueries({ queryKey: ['tokens'] });
  };

  return (
    <>
      <Heading level={1}>{t('account.title')}</Heading>
      {user ? (
        <dl className="kring-details">
          <dt>{t('fields.name')}</dt>
          <dd>{user.name}</dd>
          <dt>{t('fields.email')}</dt>
          <dd>{user.email}</dd>
        </dl>
      ) : null}
      <PageSection titleId="tokens-title" title={t('tokens.title')}>
        <Paragraph>{t('tokens.intro')}</Paragraph>
        <StatusMessage>{status}</StatusMessage>
        {created ? (
          <Alert type="ok">
            <Paragraph>{t('tokens.createdOnce')}</Paragraph>
            <TextField name="newToken" label={t('tokens.value')} value={created.token} onChange={() => undefined} readOnly />
            <Button purpose="secondary" onClick={() => void navigator.clipboard?.writeText(created.token)}>
              {t('actions.copy')}
            </Button>
          </Alert>
        ) : null}
        <QueryStatus query={tokens}>
          {(list) =>
            list.length === 0 ? (
              <Paragraph>{t('tokens.none')}</Paragraph>
            ) : (
              <div className="kring-table-scroll" role="region" aria-labelledby="tokens-title" tabIndex={0}>
                <Table>
                  <TableHeader>
                    <TableRow>
                      <TableHeaderCell scope="col">{t('tokens.name')}</TableHeaderCell>
                      <TableHeaderCell scope="col">{t('fields.createdAt')}</TableHeaderCell>
                      <TableHeaderCell scope="col">{t('tokens.expiresOn')}</TableHeaderCell>
                      <TableHeaderCell scope="col">
                        <span className="kring-visually-hidden">{t('actions.actions')}</span>
                      </TableHeaderCell>
                    </TableRow>
                  </TableHeader>
                  <TableBody>
                    {list.map((token) => (
                      <TableRow key={token.id}>
                        <TableCell>{token.name}</TableCell>
                        <TableCell>{fmt.dateTime(token.createdAt)}</TableCell>
                        <TableCell>{token.expiresAt ? fmt.date(token.expiresAt) : t('tokens.never')}</TableCell>
                        <TableCell>
                          <RemoveButton label={t('tokens.revoke')} what={token.name} onClick={() => setRevoking(token)} />
                        </TableCell>
                      </TableRow>
                    ))}
                  </TableBody>
                </Table>
              </div>
            )
          }
        </QueryStatus>
        <Heading level={3}>{t('tokens.new')}</Heading>
        <ErrorSummary items={form.errors.summary} />
        <form onSubmit={create} noValidate className="kring-form">
          <TextField name="name" label={t('tokens.name')} value={name} onChange={setName} error={form.errors.fields.name} required />
          <TextField
            name="expiresOn"
            type="date"
            label={t('tokens.expiresOn')}
            description={t('tokens.expiresHint')}
            value={expiresOn}
            onChange={setExpiresOn}
            error={form.errors.fields.expiresOn}
          />
          <FormActions submitLabel={t('tokens.create')} busy={form.busy} />
        </form>
      </PageSection>
      <ConfirmDialog
        open={revoking !== null}
        title={t('tokens.revokeTitle', { name: revoking?.name ?? '' })}
        confirmLabel={t('tokens.revoke')}
        onConfirm={() => void revoke()}
        onCancel={() => setRevoking(null)}
      >
        {t('tokens.revokeText')}
      </ConfirmDialog>
    </>
  );
}
