import { useEffect, useMemo, useState, type FormEvent } from 'react';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Heading } from '@nl-design-system-candidate/heading-react';
import { actionsApi, interactionsApi } from '../../api/interactions.ts';
import { peopleApi } from '../../api/network.ts';
import {
  interactionKinds,
  noteVisibilities,
  type Interaction,
  type InteractionInput,
  type InteractionKind,
  type NoteVisibility,
} from '../../api/types.ts';
import { useWorkspace, wsPath } from '../../auth/workspace-context.ts';
import { TextField } from '../../components/TextField.tsx';
import { TextareaField } from '../../components/TextareaField.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { RadioGroupField } from '../../components/RadioGroupField.tsx';
import { LinkedOrganisationsField, LinkedThemesField } from '../../components/LinkedThemesAndOrganisations.tsx';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { FormActions } from '../../components/FormActions.tsx';
import { RecordConflictDialog } from '../../components/RecordConflictDialog.tsx';
import { Loading, LoadError, StatusMessage } from '../../components/QueryStatus.tsx';
import { AppLink } from '../../components/AppLink.tsx';
import { useApiForm } from '../../lib/use-api-form.ts';
import { useRecordSave } from '../../lib/use-record-save.ts';
import { useDocumentTitle } from '../../lib/use-document-title.ts';
import { useThemeOptions } from '../../lib/use-theme-options.ts';
import { todayIso } from '../../method/progress.ts';
import { GroupSelect } from '../groups/GroupSelect.tsx';
import {
  defaultAttendance,
  interactionToForm,
  interactionToInput,
  newInteractionForm,
  type InteractionForm,
} from './interaction-form-state.ts';
import { ParticipantsFieldset } from './ParticipantsFieldset.tsx';
import { FollowUpFieldset, type FollowUpRow } from './FollowUpFieldset.tsx';
import { useSession } from '../../auth/session.ts';
import { orNull } from '../../lib/form-values.ts';

/**
 * Log an interaction or edit one: kind, date, who took part, what it was about, the notes and
 * who may read them. Opened from a theme, person, organisation or group, it starts linked to it.
 */
export function InteractionFormPage() {
  const { id } = useParams();
  const [search] = useSearchParams();
  const { t } = useTranslation();
  const ws = useWorkspace();
  const navigate = useNavigate();
  const client = useQueryClient();
  const editing = id !== undefined;
  useDocumentTitle(editing ? t('interactions.edit') : t('interactions.new'));
  const record = useQuery({
    queryKey: ['interaction', ws.id, id],
    queryFn: () => interactionsApi.get(ws.id, id ?? ''),
    enabled: editing,
    staleTime: 0,
  });
  const personId = search.get('personId');
  const person = useQuery({
    queryKey: ['person', ws.id, personId],
    queryFn: () => peopleApi.get(ws.id, personId ?? ''),
    enabled: !editing && !!personId,
  });
  const themes = useThemeOptions(ws.id);
  const [form, setForm] = useState<InteractionForm | null>(null);
  const [version, setVersion] = useState(0);
  const [status, setStatus] = useState('');
  const [followUps, setFollowUps] = useState<FollowUpRow[]>([]);
  const session = useSession();

  useEffect(() => {
    if (form) return;
    if (editing) {
      if (!record.data) return;
      setForm(interactionToForm(record.data.data));
      setVersion(record.data.data.version);
      return;
    }
    if (personId && !person.data && !person.error) return;
    setForm(
      newInteractionForm(todayIso(), {
        themeId: search.get('themeId'),
        organisationId: search.get('organisationId'),
        groupId: search.get('groupId'),
        person: person.data ? { id: person.data.data.id, name: person.data.data.name } : null,
      }),
    );
  }, [form, editing, record.data, personId, person.data, person.error, search]);

  const labels = useMemo(
    () => ({
      kind: t('fields.kind'),
      title: t('fields.title'),
      date: t('interactions.date'),
      startTime: t('interactions.startTime'),
      durationMinutes: t('interactions.duration'),
      groupId: t('interactions.group'),
      participants: t('interactions.participants'),
      'participants.*.personId': t('interactions.participant'),
      'participants.*.attendance': t('interactions.participant'),
      organisationIds: t('interactions.organisations'),
      themeIds: t('interactions.themes'),
      summary: t('interactions.summary'),
      summaryVisibility: t('interactions.summaryVisibility'),
      outcome: t('interactions.outcome'),
    }),
    [t],
  );
  const api = useApiForm(labels);
  const errors = api.errors.fields;
  const saver = useRecordSave<Interaction, InteractionInput>({
    create: (input) => interactionsApi.create(ws.id, input),
    update: (input, v) => interactionsApi.update(ws.id, id ?? '', input, v),
    reload: async () => (await interactionsApi.get(ws.id, id ?? '')).data,
    onSaved: async (saved) => {
      // Follow-ups of a new interaction are created once it exists, owned by the user who logged it.
      if (!editing) {
        for (const row of followUps.filter((r) => r.title.trim() !== '')) {
          await actionsApi.create(ws.id, {
            title: row.title.trim(),
            interactionId: saved.id,
            ownerUserId: session.data?.user.id ?? null,
            dueOn: orNull(row.dueOn),
          });
        }
        await client.invalidateQueries({ queryKey: ['actions', ws.id] });
      }
      await client.invalidateQueries({ queryKey: ['interactions', ws.id] });
      await client.invalidateQueries({ queryKey: ['interaction', ws.id, saved.id] });
      await client.invalidateQueries({ queryKey: ['stay-in-touch', ws.id] });
      navigate(wsPath(ws.id, `interactions/${saved.id}`));
    },
    onFailed: api.fail,
  });

  if (editing && record.error) return <LoadError error={record.error} />;
  if (!form) return <Loading />;
  const set = <K extends keyof InteractionForm>(key: K, value: InteractionForm[K]) => setForm((f) => (f ? { ...f, [key]: value } : f));
  const themeName = (tid: string) => themes.titleOf(tid) ?? tid;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    api.clear();
    const input = interactionToInput(form);
    return editing ? saver.save(input, version) : saver.create(input);
  };

  const conflict = saver.conflict;
  const conflictFields = conflict
    ? [
        { key: 'title', label: labels.title, mine: conflict.mine.title, theirs: conflict.theirs.title },
        {
          key: 'kind',
          label: labels.kind,
          mine: t(`interactionKinds.${conflict.mine.kind}`),
          theirs: t(`interactionKinds.${conflict.theirs.kind}`),
        },
        { key: 'date', label: labels.date, mine: conflict.mine.date, theirs: conflict.theirs.date },
        {
          key: 'participants',
          label: labels.participants,
          mine: form.participants.map((p) => p.name).join(', '),
          theirs: conflict.theirs.participants.map((p) => p.name).join(', '),
        },
        {
          key: 'themeIds',
          label: labels.themeIds,
          mine: (conflict.mine.themeIds ?? []).map(themeName).join(', '),
          theirs: conflict.theirs.themeIds.map(themeName).join(', '),
        },
        { key: 'summary', label: labels.summary, mine: conflict.mine.summary ?? '', theirs: conflict.theirs.summary ?? '' },
        { key: 'outcome', label: labels.outcome, mine: conflict.mine.outcome ?? '', theirs: conflict.theirs.outcome ?? '' },
      ]
    : [];

  return (
    <>
      <Heading level={1}>{editing ? t('interactions.editNamed', { name: record.data?.data.title ?? '' }) : t('interactions.new')}</Heading>
      <StatusMessage>{status}</StatusMessage>
      <ErrorSummary items={api.errors.summary} />
      <form onSubmit={submit} noValidate className="kring-form">
        <SelectField
          name="kind"
          label={labels.kind}
          value={form.kind}
          options={interactionKinds.map((k) => ({ value: k, label: t(`interactionKinds.${k}`) }))}
          onChange={(v) => set('kind', v as InteractionKind)}
          error={errors.kind}
          required
        />
        <TextField
          name="title"
          label={labels.title}
          value={form.title}
          onChange={(v) => set('title', v)}
          error={errors.title}
          required
          autoComplete="off"
        />
        <TextField
          name="date"
          type="date"
          label={labels.date}
          value={form.date}
          onChange={(v) => set('date', v)}
          error={errors.date}
          required
        />
        <TextField
          name="startTime"
          type="time"
          label={labels.startTime}
          value={form.startTime}
          onChange={(v) => set('startTime', v)}
          error={errors.startTime}
        />
        <TextField
          name="durationMinutes"
          inputMode="numeric"
          label={labels.durationMinutes}
          value={form.durationMinutes}
          onChange={(v) => set('durationMinutes', v)}
          error={errors.durationMinutes}
        />
        <GroupSelect
          workspaceId={ws.id}
          label={labels.groupId}
          value={form.groupId}
          onChange={(v) => set('groupId', v)}
          error={errors.groupId}
        />
        <ParticipantsFieldset
          workspaceId={ws.id}
          participants={form.participants}
          defaultAttendance={defaultAttendance(form.kind)}
          onChange={(participants) => set('participants', participants)}
          errors={errors}
        />
        <LinkedOrganisationsField
          workspaceId={ws.id}
          name="organisationIds"
          legend={labels.organisationIds}
          ids={form.organisationIds}
          onChange={(ids) => set('organisationIds', ids)}
          error={errors.organisationIds}
        />
        <LinkedThemesField
          workspaceId={ws.id}
          name="themeIds"
          legend={labels.themeIds}
          ids={form.themeIds}
          onChange={(ids) => set('themeIds', ids)}
          error={errors.themeIds}
        />
        <TextareaField
          name="summary"
          label={labels.summary}
          value={form.summary}
          onChange={(v) => set('summary', v)}
          error={errors.summary}
          rows={6}
        />
        <RadioGroupField
          name="summaryVisibility"
          legend={labels.summaryVisibility}
          value={form.summaryVisibility}
          options={noteVisibilities.map((v) => ({ value: v, label: t(`notes.visibilityOptions.${v}`) }))}
          onChange={(v) => set('summaryVisibility', v as NoteVisibility)}
          error={errors.summaryVisibility}
        />
        <TextareaField
          name="outcome"
          label={labels.outcome}
          description={t('interactions.outcomeHint')}
          value={form.outcome}
          onChange={(v) => set('outcome', v)}
          error={errors.outcome}
        />
        {editing ? null : <FollowUpFieldset rows={followUps} onChange={setFollowUps} />}
        <FormActions submitLabel={t('actions.save')} busy={saver.busy}>
          <AppLink to={editing ? wsPath(ws.id, `interactions/${id}`) : wsPath(ws.id, 'interactions')}>{t('actions.cancel')}</AppLink>
        </FormActions>
      </form>
      <RecordConflictDialog
        saver={saver}
        fields={conflictFields}
        onTakeTheirs={(current) => {
          setForm(interactionToForm(current));
          setVersion(current.version);
          setStatus(t('conflict.tookTheirs'));
        }}
      />
    </>
  );
}
