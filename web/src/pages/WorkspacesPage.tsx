import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useQueryClient } from '@tanstack/react-query';
import { Heading } from '@nl-design-system-candidate/heading-react';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import { workspacesApi } from '../api/workspaces.ts';
import { useSession, sessionKey } from '../auth/session.ts';
import { wsPath } from '../auth/workspace-context.ts';
import { AppLink } from '../components/AppLink.tsx';
import { TextField } from '../components/TextField.tsx';
import { TextareaField } from '../components/TextareaField.tsx';
import { ErrorSummary } from '../components/ErrorSummary.tsx';
import { FormActions } from '../components/FormActions.tsx';
import { PageSection } from '../components/PageSection.tsx';
import { useApiForm } from '../lib/use-api-form.ts';
import { useDocumentTitle } from '../lib/use-document-title.ts';
import { useFormat } from '../i18n/format.ts';

/** Choose one of your workspaces, or start a new one. */
export function WorkspacesPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('workspaces.title'));
  const fmt = useFormat();
  const session = useSession();
  const navigate = useNavigate();
  const client = useQueryClient();
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');
  const form = useApiForm({ name: t('fields.name'), description: t('fields.description') });
  const memberships = [...(session.data?.memberships ?? [])].sort((a, b) => fmt.compare(a.workspaceName, b.workspaceName));

  const create = async (e: FormEvent) => {
    e.preventDefault();
    form.clear();
    await form.run(async () => {
      const workspace = await workspacesApi.create({ name: name.trim(), description: description.trim() || undefined });
      await client.invalidateQueries({ queryKey: sessionKey });
      navigate(wsPath(workspace.id));
    });
  };

  return (
    <>
      <Heading level={1}>{t('workspaces.title')}</Heading>
      {memberships.length === 0 ? <Paragraph>{t('workspaces.none')}</Paragraph> : null}
      <ul className="kring-card-list">
        {memberships.map((m) => (
          <li key={m.workspaceId} className="kring-card">
            <AppLink to={wsPath(m.workspaceId)} className="kring-card__title">
              {m.workspaceName}
            </AppLink>
            <span className="kring-card__meta">{t(`roles.${m.role}`)}</span>
          </li>
        ))}
      </ul>
      <PageSection titleId="new-workspace" title={t('workspaces.new')}>
        <ErrorSummary items={form.errors.summary} />
        <form onSubmit={create} noValidate className="kring-form">
          <TextField name="name" label={t('fields.name')} value={name} onChange={setName} error={form.errors.fields.name} required />
          <TextareaField
            name="description"
            label={t('fields.description')}
            value={description}
            onChange={setDescription}
            error={form.errors.fields.description}
            rows={3}
          />
          <FormActions submitLabel={t('workspaces.create')} busy={form.busy} />
        </form>
      </PageSection>
    </>
  );
}
