import { useEffect, useMemo, useState, type FormEvent } from 'react';
import { useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Heading } from '@nl-design-system-candidate/heading-react';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import { Fieldset, FieldsetLegend } from '@utrecht/component-library-react';
import { peopleApi, themesApi, type ThemeInput } from '../../api/network.ts';
import { themeKinds, themeStatuses, type Theme, type ThemeKind, type ThemeStatus } from '../../api/types.ts';
import { useWorkspace, wsPath } from '../../auth/workspace-context.ts';
import { TextField } from '../../components/TextField.tsx';
import { TextareaField } from '../../components/TextareaField.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { PartyCombobox } from '../../components/PartyCombobox.tsx';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { FormActions } from '../../components/FormActions.tsx';
import { RemoveButton } from '../../components/RemoveButton.tsx';
import { RecordConflictDialog } from '../../components/RecordConflictDialog.tsx';
import { Loading, LoadError, StatusMessage } from '../../components/QueryStatus.tsx';
import { AppLink } from '../../components/AppLink.tsx';
import { fieldId } from '../../lib/form-errors.ts';
import { orNull } from '../../lib/form-values.ts';
import { useApiForm } from '../../lib/use-api-form.ts';
import { useRecordSave } from '../../lib/use-record-save.ts';
import { useDocumentTitle } from '../../lib/use-document-title.ts';
import { useOrganisationOptions } from '../../lib/use-organisation-options.ts';

interface ThemeForm {
  title: string;
  kind: ThemeKind;
  status: ThemeStatus;
  description: string;
  horizon: string;
  ownerId: string;
  ownerName: string;
  organisationIds: string[];
}

const toForm = (th: Theme, ownerName: string): ThemeForm => ({
  title: th.title,
  kind: th.kind,
  status: th.status,
  description: th.description ?? '',
  horizon: th.horizon ?? '',
  ownerId: th.ownerId ?? '',
  ownerName,
  organisationIds: th.organisationIds,
});

const toInput = (f: ThemeForm): ThemeInput => ({
  title: f.title.trim(),
  kind: f.kind,
  status: f.status,
  description: orNull(f.description),
  horizon: orNull(f.horizon),
  ownerId: orNull(f.ownerId),
  organisationIds: f.organisationIds,
});

/** Create or edit a theme with its owner and the organisations involved. */
export function ThemeFormPage() {
  const { id } = useParams();
  const { t } = useTranslation();
  const ws = useWorkspace();
  const navigate = useNavigate();
  const client = useQueryClient();
  const editing = id !== undefined;
  useDocumentTitle(editing ? t('themes.edit') : t('themes.new'));
  const record = useQuery({
    queryKey: ['theme', ws.id, id],
    queryFn: () => themesApi.get(ws.id, id ?? ''),
    enabled: editing,
    staleTime: 0,
  });
  const ownerId = record.data?.data.ownerId;
  const owner = useQuery({ queryKey: ['person', ws.id, ownerId], queryFn: () => peopleApi.get(ws.id, ownerId ?? ''), enabled: !!ownerId });
  const { organisations } = useOrganisationOptions(ws.id);
  const [form, setForm] = useState<ThemeForm | null>(
    editing
      ? null
      : {
          title: '',
          kind: 'regional_theme',
          status: 'exploring',
          description: '',
          horizon: '',
          ownerId: '',
          ownerName: '',
          organisationIds: [],
        },
  );
  const [names, setNames] = useState<Record<string, string>>({});
  const [version, setVersion] = useState(0);
  const [status, setStatus] = useState('');

  useEffect(() => {
    if (form || !record.data || (ownerId && !owner.data)) return;
    setForm(toForm(record.data.data, owner.data?.data.name ?? ''));
    setVersion(record.data.data.version);
  }, [form, record.data, owner.data, ownerId]);

  const labels = useMemo(
    () => ({
      title: t('fields.title'),
      kind: t('fields.kind'),
      status: t('fields.status'),
      description: t('fields.description'),
      horizon: t('fields.horizon'),
      ownerId: t('themes.owner'),
      organisationIds: t('themes.organisations'),
      'organisationIds.*': t('themes.organisation'),
    }),
    [t],
  );
  const api = useApiForm(labels);
  const errors = api.errors.fields;
  const done = async (th: Theme) => {
    await client.invalidateQueries({ queryKey: ['themes', ws.id] });
    await client.invalidateQueries({ queryKey: ['theme', ws.id, th.id] });
    navigate(wsPath(ws.id, `themes/${th.id}`));
  };
  const saver = useRecordSave<Theme, ThemeInput>({
    create: (input) => themesApi.create(ws.id, input),
    update: (input, v) => themesApi.update(ws.id, id ?? '', input, v),
    reload: async () => (await themesApi.get(ws.id, id ?? '')).data,
    onSaved: done,
    onFailed: api.fail,
  });

  if (editing && record.error) return <LoadError error={record.error} />;
  if (!form) return <Loading />;
  const set = <K extends keyof ThemeForm>(key: K, value: ThemeForm[K]) => setForm((f) => (f ? { ...f, [key]: value } : f));
  const orgName = (oid: string) => names[oid] ?? organisations.find((o) => o.id === oid)?.name ?? oid;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    api.clear();
    const input = toInput(form);
    return editing ? saver.save(input, version) : saver.create(input);
  };

  const conflictFields = saver.conflict
    ? [
        ...(['title', 'description', 'horizon'] as const).map((key) => ({
          key,
          label: labels[key],
          mine: saver.conflict?.mine[key] ?? '',
          theirs: saver.conflict?.theirs[key] ?? '',
        })),
        {
          key: 'kind',
          label: labels.kind,
          mine: t(`themeKinds.${saver.conflict.mine.kind}`),
          theirs: t(`themeKinds.${saver.conflict.theirs.kind}`),
        },
        {
          key: 'status',
          label: labels.status,
          mine: t(`themeStatuses.${saver.conflict.mine.status}`),
          theirs: t(`themeStatuses.${saver.conflict.theirs.status}`),
        },
        {
          key: 'organisationIds',
          label: labels.organisationIds,
          mine: saver.conflict.mine.organisationIds.map(orgName).join(', '),
          theirs: saver.conflict.theirs.organisationIds.map(orgName).join(', '),
        },
      ]
    : [];

  return (
    <>
      <Heading level={1}>{editing ? t('themes.editNamed', { name: record.data?.data.title ?? '' }) : t('themes.new')}</Heading>
      <StatusMessage>{status}</StatusMessage>
      <ErrorSummary items={api.errors.summary} />
      <form onSubmit={submit} noValidate className="kring-form">
        <TextField
          name="title"
          label={labels.title}
          value={form.title}
          onChange={(v) => set('title', v)}
          error={errors.title}
          required
          autoComplete="off"
        />
        <SelectField
          name="kind"
          label={labels.kind}
          value={form.kind}
          options={themeKinds.map((k) => ({ value: k, label: t(`themeKinds.${k}`) }))}
          onChange={(v) => set('kind', v as ThemeKind)}
          error={errors.kind}
          required
        />
        <SelectField
          name="status"
          label={labels.status}
          value={form.status}
          options={themeStatuses.map((s) => ({ value: s, label: t(`themeStatuses.${s}`) }))}
          onChange={(v) => set('status', v as ThemeStatus)}
          error={errors.status}
          required
        />
        <TextField
          name="horizon"
          type="date"
          label={labels.horizon}
          description={t('themes.horizonHint')}
          value={form.horizon}
          onChange={(v) => set('horizon', v)}
          error={errors.horizon}
        />
        <PartyCombobox
          id={fieldId('ownerId')}
          workspaceId={ws.id}
          types={['person']}
          label={labels.ownerId}
          text={form.ownerName}
          error={errors.ownerId}
          onSelect={(hit) => setForm((f) => (f ? { ...f, ownerId: hit.id, ownerName: hit.title } : f))}
        />
        <TextareaField
          name="description"
          label={labels.description}
          value={form.description}
          onChange={(v) => set('description', v)}
          error={errors.description}
        />
        <Fieldset className="kring-fieldset">
          <FieldsetLegend>{labels.organisationIds}</FieldsetLegend>
          {form.organisationIds.length === 0 ? <Paragraph>{t('themes.noOrganisations')}</Paragraph> : null}
          <ul className="kring-plain-list">
            {form.organisationIds.map((oid) => (
              <li key={oid} className="kring-removable">
                {orgName(oid)}{' '}
                <RemoveButton
                  label={t('actions.remove')}
                  what={orgName(oid)}
                  onClick={() =>
                    set(
                      'organisationIds',
                      form.organisationIds.filter((x) => x !== oid),
                    )
                  }
                />
              </li>
            ))}
          </ul>
          <PartyCombobox
            id={fieldId('organisationIds')}
            workspaceId={ws.id}
            types={['organisation']}
            excludeIds={form.organisationIds}
            label={t('themes.addOrganisation')}
            clearOnSelect
            error={errors.organisationIds}
            onSelect={(hit) => {
              setNames((n) => ({ ...n, [hit.id]: hit.title }));
              setForm((f) => (f ? { ...f, organisationIds: [...f.organisationIds, hit.id] } : f));
            }}
          />
        </Fieldset>
        <FormActions submitLabel={t('actions.save')} busy={saver.busy}>
          <AppLink to={editing ? wsPath(ws.id, `themes/${id}`) : wsPath(ws.id, 'themes')}>{t('actions.cancel')}</AppLink>
        </FormActions>
      </form>
      <RecordConflictDialog
        saver={saver}
        fields={conflictFields}
        onTakeTheirs={(current) => {
          setForm(toForm(current, current.ownerId === form.ownerId ? form.ownerName : ''));
          setVersion(current.version);
          setStatus(t('conflict.tookTheirs'));
        }}
      />
    </>
  );
}
