import { useEffect, useMemo, useState, type FormEvent } from 'react';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Heading } from '@nl-design-system-candidate/heading-react';
import { Button } from '@nl-design-system-candidate/button-react';
import { organisationsApi, type OrganisationInput } from '../../api/network.ts';
import { organisationKinds, type Organisation, type OrganisationKind } from '../../api/types.ts';
import { useWorkspace, wsPath } from '../../auth/workspace-context.ts';
import { TextField } from '../../components/TextField.tsx';
import { TextareaField } from '../../components/TextareaField.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { PartyCombobox } from '../../components/PartyCombobox.tsx';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { FormActions } from '../../components/FormActions.tsx';
import { RecordConflictDialog } from '../../components/RecordConflictDialog.tsx';
import { Loading, LoadError, StatusMessage } from '../../components/QueryStatus.tsx';
import { AppLink } from '../../components/AppLink.tsx';
import { fieldId } from '../../lib/form-errors.ts';
import { orNull } from '../../lib/form-values.ts';
import { useApiForm } from '../../lib/use-api-form.ts';
import { useRecordSave } from '../../lib/use-record-save.ts';
import { useDocumentTitle } from '../../lib/use-document-title.ts';
import { useFormat } from '../../i18n/format.ts';

interface OrganisationForm {
  name: string;
  kind: OrganisationKind;
  code: string;
  parentId: string;
  parentName: string;
  description: string;
  website: string;
}

const toForm = (o: Organisation, parentName: string): OrganisationForm => ({
  name: o.name,
  kind: o.kind,
  code: o.code ?? '',
  parentId: o.parentId ?? '',
  parentName,
  description: o.description ?? '',
  website: o.website ?? '',
});

const toInput = (f: OrganisationForm): OrganisationInput => ({
  name: f.name.trim(),
  kind: f.kind,
  code: orNull(f.code),
  parentId: orNull(f.parentId),
  description: orNull(f.description),
  website: orNull(f.website),
});

/** Create or edit an organisation or unit; a unit is an organisation with a parent. */
export function OrganisationFormPage() {
  const { id } = useParams();
  const [params] = useSearchParams();
  const { t } = useTranslation();
  const ws = useWorkspace();
  const fmt = useFormat();
  const navigate = useNavigate();
  const client = useQueryClient();
  const editing = id !== undefined;
  useDocumentTitle(editing ? t('organisations.edit') : t('organisations.new'));
  const record = useQuery({
    queryKey: ['organisation', ws.id, id],
    queryFn: () => organisationsApi.get(ws.id, id ?? ''),
    enabled: editing,
    staleTime: 0,
  });
  const parentId = editing ? record.data?.data.parentId : params.get('parentId');
  const parent = useQuery({
    queryKey: ['organisation', ws.id, parentId],
    queryFn: () => organisationsApi.get(ws.id, parentId ?? ''),
    enabled: !!parentId,
  });
  const [form, setForm] = useState<OrganisationForm | null>(null);
  const [version, setVersion] = useState(0);
  const [status, setStatus] = useState('');

  useEffect(() => {
    if (form) return;
    if (parentId && !parent.data) return;
    const parentName = parent.data?.data.name ?? '';
    if (editing && record.data) {
      setForm(toForm(record.data.data, parentName));
      setVersion(record.data.data.version);
    } else if (!editing) {
      setForm({
        name: '',
        kind: parentId ? 'department' : 'municipality',
        code: '',
        parentId: parentId ?? '',
        parentName,
        description: '',
        website: '',
      });
    }
  }, [form, editing, record.data, parent.data, parentId]);

  const labels = useMemo(
    () => ({
      name: t('fields.name'),
      kind: t('fields.kind'),
      code: t('fields.code'),
      parentId: t('organisations.parent'),
      description: t('fields.description'),
      website: t('fields.website'),
    }),
    [t],
  );
  const api = useApiForm(labels);
  const errors = api.errors.fields;
  const done = async (o: Organisation) => {
    await client.invalidateQueries({ queryKey: ['organisations', ws.id] });
    await client.invalidateQueries({ queryKey: ['organisation', ws.id, o.id] });
    await client.invalidateQueries({ queryKey: ['units', ws.id] });
    navigate(wsPath(ws.id, `organisations/${o.id}`));
  };
  const saver = useRecordSave<Organisation, OrganisationInput>({
    create: (input) => organisationsApi.create(ws.id, input),
    update: (input, v) => organisationsApi.update(ws.id, id ?? '', input, v),
    reload: async () => (await organisationsApi.get(ws.id, id ?? '')).data,
    onSaved: done,
    onFailed: api.fail,
  });

  if (editing && record.error) return <LoadError error={record.error} />;
  if (!form) return <Loading />;
  const set = <K extends keyof OrganisationForm>(key: K, value: OrganisationForm[K]) => setForm((f) => (f ? { ...f, [key]: value } : f));
  const kindOptions = organisationKinds
    .map((k) => ({ value: k, label: t(`organisationKinds.${k}`) }))
    .sort((a, b) => fmt.compare(a.label, b.label));

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    api.clear();
    const input = toInput(form);
    return editing ? saver.save(input, version) : saver.create(input);
  };

  const conflictFields = saver.conflict
    ? (['name', 'kind', 'code', 'description', 'website'] as const).map((key) => {
        const mine = saver.conflict?.mine[key] ?? '';
        const theirs = saver.conflict?.theirs[key] ?? '';
        const show = (v: string) => (key === 'kind' ? t(`organisationKinds.${v as OrganisationKind}`) : v);
        return { key, label: labels[key], mine: show(mine), theirs: show(theirs) };
      })
    : [];

  return (
    <>
      <Heading level={1}>{editing ? t('organisations.editNamed', { name: record.data?.data.name ?? '' }) : t('organisations.new')}</Heading>
      <StatusMessage>{status}</StatusMessage>
      <ErrorSummary items={api.errors.summary} />
      <form onSubmit={submit} noValidate className="kring-form">
        <TextField
          name="name"
          label={labels.name}
          value={form.name}
          onChange={(v) => set('name', v)}
          error={errors.name}
          required
          autoComplete="off"
        />
        <SelectField
          name="kind"
          label={labels.kind}
          value={form.kind}
          options={kindOptions}
          onChange={(v) => set('kind', v as OrganisationKind)}
          error={errors.kind}
          required
        />
        <TextField
          name="code"
          label={labels.code}
          description={t('organisations.codeHint')}
          value={form.code}
          onChange={(v) => set('code', v)}
          error={errors.code}
        />
        <PartyCombobox
          id={fieldId('parentId')}
          workspaceId={ws.id}
          types={['organisation']}
          excludeIds={id ? [id] : []}
          label={labels.parentId}
          description={t('organisations.parentHint')}
          text={form.parentName}
          error={errors.parentId}
          onSelect={(hit) => setForm((f) => (f ? { ...f, parentId: hit.id, parentName: hit.title } : f))}
        />
        {form.parentId ? (
          <Button purpose="subtle" onClick={() => setForm((f) => (f ? { ...f, parentId: '', parentName: '' } : f))}>
            {t('organisations.clearParent')}
          </Button>
        ) : null}
        <TextField
          name="website"
          type="url"
          label={labels.website}
          value={form.website}
          onChange={(v) => set('website', v)}
          error={errors.website}
        />
        <TextareaField
          name="description"
          label={labels.description}
          value={form.description}
          onChange={(v) => set('description', v)}
          error={errors.description}
        />
        <FormActions submitLabel={t('actions.save')} busy={saver.busy}>
          <AppLink to={editing ? wsPath(ws.id, `organisations/${id}`) : wsPath(ws.id, 'organisations')}>{t('actions.cancel')}</AppLink>
        </FormActions>
      </form>
      <RecordConflictDialog
        saver={saver}
        fields={conflictFields}
        onTakeTheirs={(current) => {
          setForm(toForm(current, form.parentId === current.parentId ? form.parentName : ''));
          setVersion(current.version);
          setStatus(t('conflict.tookTheirs'));
        }}
      />
    </>
  );
}
