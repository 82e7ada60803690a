import { useEffect, useState, type FormEvent } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Heading } from '@nl-design-system-candidate/heading-react';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import { Alert } from '@utrecht/component-library-react';
import { accountsApi } from '../api/accounts.ts';
import { TextField } from '../components/TextField.tsx';
import { CheckboxField } from '../components/CheckboxField.tsx';
import { ErrorSummary } from '../components/ErrorSummary.tsx';
import { FormActions } from '../components/FormActions.tsx';
import { Loading } from '../components/QueryStatus.tsx';
import { AppLink } from '../components/AppLink.tsx';
import { useApiForm } from '../lib/use-api-form.ts';
import { useDocumentTitle } from '../lib/use-document-title.ts';
import { sessionKey } from '../auth/session.ts';
import { wsPath } from '../auth/workspace-context.ts';

/** The setup token arrives in the fragment (`#token=`, never sent to servers or logs) or the query. */
function readToken(hash: string, search: string): string {
  const fromHash = new URLSearchParams(hash.replace(/^#/, '')).get('token');
  return fromHash ?? new URLSearchParams(search).get('token') ?? '';
}

/** First run: create the first (administrator) account, optionally with the demo region. */
export function SetupPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('setup.title'));
  const location = useLocation();
  const navigate = useNavigate();
  const client = useQueryClient();
  const [token] = useState(() => readToken(location.hash, location.search));
  useEffect(() => {
    // Drop the token from the address bar so it does not end up in history or a shared screenshot.
    if (location.hash || location.search) navigate('/setup', { replace: true });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [loadDemo, setLoadDemo] = useState(true);
  const state = useQuery({ queryKey: ['setup'], queryFn: accountsApi.setupState, retry: false });
  const form = useApiForm({ name: t('fields.name'), email: t('fields.email'), password: t('fields.password'), token: t('setup.token') });

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    form.clear();
    await form.run(async () => {
      const answer = await accountsApi.setup({
        token,
        name: name.trim(),
        email: email.trim(),
        password,
        loadDemo: state.data?.demoAvailable ? loadDemo : undefined,
      });
      await client.invalidateQueries({ queryKey: sessionKey });
      await client.invalidateQueries({ queryKey: ['setup'] });
      navigate(answer.workspaceId ? wsPath(answer.workspaceId) : '/workspaces', { replace: true });
    });
  };

  if (state.isPending) return <Loading />;
  if (state.data && !state.data.needed) {
    return (
      <div className="kring-narrow">
        <Heading level={1}>{t('setup.title')}</Heading>
        <Paragraph>{t('setup.done')}</Paragraph>
        <Paragraph>
          <AppLink to="/login">{t('setup.toLogin')}</AppLink>
        </Paragraph>
      </div>
    );
  }
  return (
    <div className="kring-narrow">
      <Heading level={1}>{t('setup.title')}</Heading>
      <Paragraph purpose="lead">{t('setup.intro')}</Paragraph>
      {!token ? (
        <Alert type="warning">
          <Paragraph>{t('setup.noToken')}</Paragraph>
        </Alert>
      ) : null}
      <ErrorSummary items={form.errors.summary} />
      <form onSubmit={submit} noValidate className="kring-form">
        <TextField
          name="name"
          autoComplete="name"
          label={t('fields.name')}
          value={name}
          onChange={setName}
          error={form.errors.fields.name}
          required
        />
        <TextField
          name="email"
          type="email"
          autoComplete="email"
          label={t('fields.email')}
          value={email}
          onChange={setEmail}
          error={form.errors.fields.email}
          required
        />
        <TextField
          name="password"
          type="password"
          autoComplete="new-password"
          label={t('fields.password')}
          description={t('setup.passwordHint')}
          value={password}
          onChange={setPassword}
          error={form.errors.fields.password}
          required
        />
        {state.data?.demoAvailable ? (
          <CheckboxField
            name="loadDemo"
            label={t('setup.loadDemo')}
            description={t('setup.loadDemoHint')}
            checked={loadDemo}
            onChange={setLoadDemo}
          />
        ) : null}
        <FormActions submitLabel={t('setup.submit')} busy={form.busy} />
      </form>
    </div>
  );
}
