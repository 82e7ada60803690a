import { useState, type FormEvent } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Heading } from '@nl-design-system-candidate/heading-react';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import { Alert } from '@utrecht/component-library-react';
import { accountsApi } from '../api/accounts.ts';
import { ApiError } from '../api/problem.ts';
import { TextField } from '../components/TextField.tsx';
import { ErrorSummary } from '../components/ErrorSummary.tsx';
import { FormActions } from '../components/FormActions.tsx';
import { useApiForm } from '../lib/use-api-form.ts';
import { useDocumentTitle } from '../lib/use-document-title.ts';
import { sessionKey } from '../auth/session.ts';

/** Only local paths are followed after sign-in, so a crafted link cannot send the user elsewhere. */
const safeNext = (next: string | null) => (next && next.startsWith('/') && !next.startsWith('//') ? next : '/');

export function LoginPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('login.title'));
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const client = useQueryClient();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [wrong, setWrong] = useState(false);
  const form = useApiForm({ email: t('fields.email'), password: t('fields.password') });
  const setup = useQuery({ queryKey: ['setup'], queryFn: accountsApi.setupState, retry: false });

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    form.clear();
    setWrong(false);
    const missing: Record<string, string> = {};
    if (!email.trim()) missing.email = t('validation.required');
    if (!password) missing.password = t('validation.required');
    if (Object.keys(missing).length > 0) return form.setClientErrors(missing);
    setBusy(true);
    try {
      await accountsApi.signIn({ email: email.trim(), password });
      await client.invalidateQueries({ queryKey: sessionKey });
      navigate(safeNext(params.get('next')), { replace: true });
    } catch (error) {
      if (error instanceof ApiError && (error.status === 401 || error.status === 403)) setWrong(true);
      else form.fail(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="kring-narrow">
      <Heading level={1}>{t('login.title')}</Heading>
      <Paragraph purpose="lead">{t('login.intro')}</Paragraph>
      {setup.data?.needed ? (
        <Alert type="info">
          <Paragraph>{t('login.setupNeeded')}</Paragraph>
        </Alert>
      ) : null}
      {wrong ? (
        <Alert type="error">
          <Paragraph>{t('login.wrong')}</Paragraph>
        </Alert>
      ) : null}
      <ErrorSummary items={form.errors.summary} />
      <form onSubmit={submit} noValidate className="kring-form">
        <TextField
          name="email"
          type="email"
          autoComplete="username"
          label={t('fields.email')}
          value={email}
          onChange={setEmail}
          error={form.errors.fields.email}
          required
        />
        <TextField
          name="password"
          type="password"
          autoComplete="current-password"
          label={t('fields.password')}
          value={password}
          onChange={setPassword}
          error={form.errors.fields.password}
          required
        />
        <FormActions submitLabel={t('login.submit')} busy={busy} />
      </form>
    </div>
  );
}
