import { useState, type FormEvent, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Heading } from '@nl-design-system-candidate/heading-react';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import {
  Select,
  SelectOption,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { workspacesApi } from '../api/workspaces.ts';
import type { Member, Role } from '../api/types.ts';
import { useWorkspace, wsPath } from '../auth/workspace-context.ts';
import { AppLink } from '../components/AppLink.tsx';
import { useSession, sessionKey } from '../auth/session.ts';
import { TextField } from '../components/TextField.tsx';
import { SelectField } from '../components/SelectField.tsx';
import { ErrorSummary } from '../components/ErrorSummary.tsx';
import { FormActions } from '../components/FormActions.tsx';
import { ConfirmDialog } from '../components/ConfirmDialog.tsx';
import { RemoveButton } from '../components/RemoveButton.tsx';
import { LoadError, QueryStatus, StatusMessage } from '../components/QueryStatus.tsx';
import { PageSection } from '../components/PageSection.tsx';
import { useApiForm } from '../lib/use-api-form.ts';
import { useDocumentTitle } from '../lib/use-document-title.ts';
import { useFormat } from '../i18n/format.ts';

const roles: Role[] = ['viewer', 'editor', 'owner'];

/** Owners add people to the workspace, change their role or remove them. */
export function MembersPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('members.title'));
  const ws = useWorkspace();
  const fmt = useFormat();
  const session = useSession();
  const client = useQueryClient();
  const key = ['members', ws.id];
  const members = useQuery({ queryKey: key, queryFn: () => workspacesApi.members(ws.id), enabled: ws.isOwner });
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<Role>('editor');
  const [removing, setRemoving] = useState<Member | null>(null);
  const [status, setStatus] = useState('');
  const [rowError, setRowError] = useState<unknown>(null);
  const form = useApiForm({ email: t('fields.email'), role: t('members.role') });
  const roleOptions = roles.map((r) => ({ value: r, label: t(`roles.${r}`) }));

  if (!ws.isOwner) {
    return (
      <>
        <Heading level={1}>{t('members.title')}</Heading>
        <Paragraph>{t('members.ownersOnly')}</Paragraph>
      </>
    );
  }

  const refresh = () => Promise.all([client.invalidateQueries({ queryKey: key }), client.invalidateQueries({ queryKey: sessionKey })]);

  const add = async (e: FormEvent) => {
    e.preventDefault();
    form.clear();
    await form.run(async () => {
      await workspacesApi.addMember(ws.id, { email: email.trim(), role });
      setStatus(t('members.added', { email: email.trim() }));
      setEmail('');
      await refresh();
    });
  };

  const changeRole = async (member: Member, next: Role) => {
    setRowError(null);
    try {
      await workspacesApi.updateMember(ws.id, member.userId, next, member.version);
      setStatus(t('members.roleChanged', { name: member.name, role: t(`roles.${next}`) }));
    } catch (error) {
      setRowError(error);
    }
    await refresh();
  };

  const remove = async () => {
    if (!removing) return;
    setRowError(null);
    try {
      await workspacesApi.removeMember(ws.id, removing.userId);
      setStatus(t('members.removed', { name: removing.name }));
    } catch (error) {
      setRowError(error);
    }
    setRemoving(null);
    await refresh();
  };

  return (
    <>
      <Heading level={1}>{t('members.title')}</Heading>
      <Paragraph>{t('members.intro')}</Paragraph>
      <Paragraph>
        <AppLink to={wsPath(ws.id, 'audit')}>{t('auditLog.link')}</AppLink>
      </Paragraph>
      <StatusMessage>{status}</StatusMessage>
      {rowError ? <LoadError error={rowError} /> : null}
      <QueryStatus query={members}>
        {(list) => (
          <div className="kring-table-scroll" role="region" aria-label={t('members.title')} tabIndex={0}>
            <Table>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell scope="col">{t('fields.name')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('fields.email')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('members.role')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('members.since')}</TableHeaderCell>
                  <TableHeaderCell scope="col">
                    <span className="kring-visually-hidden">{t('actions.actions')}</span>
                  </TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {[...list]
                  .sort((a, b) => fmt.compare(a.name, b.name))
                  .map((m) => {
                    const self = m.userId === session.data?.user.id;
                    return (
                      <TableRow key={m.userId}>
                        <TableCell>{m.name}</TableCell>
                        <TableCell>{m.email}</TableCell>
                        <TableCell>
                          <Select
                            aria-label={t('members.roleOf', { name: m.name })}
                            value={m.role}
                            disabled={self}
                            onChange={(e: ChangeEvent<HTMLSelectElement>) => void changeRole(m, e.target.value as Role)}
                          >
                            {roleOptions.map((o) => (
                              <SelectOption key={o.value} value={o.value}>
                                {o.label}
                              </SelectOption>
                            ))}
                          </Select>
                        </TableCell>
                        <TableCell>{fmt.date(m.createdAt)}</TableCell>
                        <TableCell>
                          {self ? null : <RemoveButton label={t('actions.remove')} what={m.name} onClick={() => setRemoving(m)} />}
                        </TableCell>
                      </TableRow>
                    );
                  })}
              </TableBody>
            </Table>
          </div>
        )}
      </QueryStatus>
      <PageSection titleId="add-member" title={t('members.add')}>
        <Paragraph>{t('members.addHint')}</Paragraph>
        <ErrorSummary items={form.errors.summary} />
        <form onSubmit={add} noValidate className="kring-form">
          <TextField
            name="email"
            type="email"
            label={t('fields.email')}
            value={email}
            onChange={setEmail}
            error={form.errors.fields.email}
            required
          />
          <SelectField
            name="role"
            label={t('members.role')}
            value={role}
            options={roleOptions}
            onChange={(v) => setRole(v as Role)}
            error={form.errors.fields.role}
          />
          <FormActions submitLabel={t('members.addSubmit')} busy={form.busy} />
        </form>
      </PageSection>
      <ConfirmDialog
        open={removing !== null}
        title={t('members.removeTitle', { name: removing?.name ?? '' })}
        confirmLabel={t('actions.remove')}
        onConfirm={() => void remove()}
        onCancel={() => setRemoving(null)}
      >
        {t('members.removeText')}
      </ConfirmDialog>
    </>
  );
}
