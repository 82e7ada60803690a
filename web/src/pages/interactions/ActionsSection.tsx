import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import { actionsApi } from '../../api/interactions.ts';
import type { Action, Interaction } from '../../api/types.ts';
import { useWorkspace } from '../../auth/workspace-context.ts';
import { useSession } from '../../auth/session.ts';
import { CheckboxField } from '../../components/CheckboxField.tsx';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { FormActions } from '../../components/FormActions.tsx';
import { LoadError, QueryStatus, StatusMessage } from '../../components/QueryStatus.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { SubSection } from '../../components/SubSection.tsx';
import { TextField } from '../../components/TextField.tsx';
import { useApiForm } from '../../lib/use-api-form.ts';
import { orNull } from '../../lib/form-values.ts';
import { useFormat } from '../../i18n/format.ts';
import { todayIso } from '../../method/progress.ts';

/** The owner choice of the form: nobody, the signed-in user, or one of the participants. */
const ME = 'me';

/** The follow-up actions of an interaction: tick them off, or add one with an owner and a due date. */
export function ActionsSection({ interaction }: { interaction: Interaction }) {
  const { t } = useTranslation();
  const ws = useWorkspace();
  const fmt = useFormat();
  const session = useSession();
  const client = useQueryClient();
  const key = ['actions', ws.id, { interactionId: interaction.id }];
  const actions = useQuery({ queryKey: key, queryFn: () => actionsApi.list(ws.id, { interactionId: interaction.id, limit: 200 }) });
  const [title, setTitle] = useState('');
  const [owner, setOwner] = useState(ME);
  const [dueOn, setDueOn] = useState('');
  const [status, setStatus] = useState('');
  const [toggleError, setToggleError] = useState<unknown>(null);
  const form = useApiForm({
    title: t('actionItems.what'),
    ownerPersonId: t('actionItems.owner'),
    ownerUserId: t('actionItems.owner'),
    dueOn: t('actionItems.dueOn'),
  });
  const today = todayIso();

  const ownerName = (a: Action) =>
    a.ownerUserId
      ? a.ownerUserId === session.data?.user.id
        ? t('actionItems.me')
        : t('actionItems.member')
      : (interaction.participants.find((p) => p.personId === a.ownerPersonId)?.name ?? (a.ownerPersonId ? t('actionItems.someone') : '—'));

  const add = async (e: FormEvent) => {
    e.preventDefault();
    form.clear();
    await form.run(async () => {
      await actionsApi.create(ws.id, {
        title: title.trim(),
        interactionId: interaction.id,
        ownerUserId: owner === ME ? (session.data?.user.id ?? null) : null,
        ownerPersonId: owner !== ME && owner !== '' ? owner : null,
        dueOn: orNull(dueOn),
      });
      setTitle('');
      setDueOn('');
      setStatus(t('actionItems.added'));
      await client.invalidateQueries({ queryKey: ['actions', ws.id] });
    });
  };

  const toggle = async (a: Action, done: boolean) => {
    setToggleError(null);
    try {
      await actionsApi.update(ws.id, a.id, { done }, a.version);
      setStatus(done ? t('actionItems.markedDone', { title: a.title }) : t('actionItems.markedOpen', { title: a.title }));
    } catch (error) {
      setToggleError(error);
    }
    await client.invalidateQueries({ queryKey: ['actions', ws.id] });
  };

  return (
    <SubSection titleId="actions-title" title={t('actionItems.title')} level={2}>
      <StatusMessage>{status}</StatusMessage>
      {toggleError ? <LoadError error={toggleError} /> : null}
      <QueryStatus query={actions}>
        {(page) =>
          page.data.length === 0 ? (
            <Paragraph>{t('actionItems.none')}</Paragraph>
          ) : (
            <ul className="kring-plain-list">
              {page.data.map((a) => (
                <li key={a.id}>
                  {ws.canEdit ? (
                    <CheckboxField name={`action-${a.id}`} label={a.title} checked={a.done} onChange={(done) => void toggle(a, done)} />
                  ) : (
                    <span>{a.done ? `${a.title} (${t('actionItems.done')})` : a.title}</span>
                  )}
                  <span className="kring-muted">
                    {ownerName(a)}
                    {a.dueOn ? ` · ${t('actionItems.due', { date: fmt.shortDate(a.dueOn) })}` : ''}
                    {!a.done && a.dueOn && a.dueOn < today ? <strong> · {t('actionItems.overdue')}</strong> : null}
                  </span>
                </li>
              ))}
            </ul>
          )
        }
      </QueryStatus>
      {ws.canEdit ? (
        <>
          <ErrorSummary items={form.errors.summary} />
          <form onSubmit={add} noValidate className="kring-form kring-form--inline" aria-label={t('actionItems.add')}>
            <TextField
              name="title"
              label={t('actionItems.what')}
              value={title}
              onChange={setTitle}
              error={form.errors.fields.title}
              required
              autoComplete="off"
            />
            <SelectField
              name="ownerPersonId"
              label={t('actionItems.owner')}
              value={owner}
              emptyLabel={t('actionItems.nobody')}
              options={[
                { value: ME, label: t('actionItems.me') },
                ...interaction.participants.map((p) => ({ value: p.personId, label: p.name })),
              ]}
              onChange={setOwner}
              error={form.errors.fields.ownerPersonId ?? form.errors.fields.ownerUserId}
            />
            <TextField
              name="dueOn"
              type="date"
              label={t('actionItems.dueOn')}
              value={dueOn}
              onChange={setDueOn}
              error={form.errors.fields.dueOn}
            />
            <FormActions submitLabel={t('actionItems.add')} busy={form.busy} />
          </form>
        </>
      ) : null}
    </SubSection>
  );
}
