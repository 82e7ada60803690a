import { useEffect, useMemo, useState, type FormEvent } from 'react';
import { useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Heading } from '@nl-design-system-candidate/heading-react';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import { Button } from '@nl-design-system-candidate/button-react';
import { Fieldset, FieldsetLegend } from '@utrecht/component-library-react';
import { peopleApi } from '../../api/network.ts';
import type { Person } from '../../api/types.ts';
import { useWorkspace, wsPath } from '../../auth/workspace-context.ts';
import { TextField } from '../../components/TextField.tsx';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { FormActions } from '../../components/FormActions.tsx';
import { RecordConflictDialog } from '../../components/RecordConflictDialog.tsx';
import { PartyCombobox } from '../../components/PartyCombobox.tsx';
import { Loading, LoadError, StatusMessage } from '../../components/QueryStatus.tsx';
import { AppLink } from '../../components/AppLink.tsx';
import { fieldId } from '../../lib/form-errors.ts';
import { useApiForm } from '../../lib/use-api-form.ts';
import { useRecordSave } from '../../lib/use-record-save.ts';
import { useDocumentTitle } from '../../lib/use-document-title.ts';
import { useFormat } from '../../i18n/format.ts';
import { emptyPerson, formToPersonInput, newRowKey, personToForm, type PersonFormState } from './person-form-state.ts';

/** Create a person, or edit one (`/people/:id/edit`), including affiliations and tags. */
export function PersonFormPage() {
  const { id } = useParams();
  const { t } = useTranslation();
  const ws = useWorkspace();
  const fmt = useFormat();
  const navigate = useNavigate();
  const client = useQueryClient();
  const editing = id !== undefined;
  useDocumentTitle(editing ? t('people.edit') : t('people.new'));
  const record = useQuery({
    queryKey: ['person', ws.id, id],
    queryFn: () => peopleApi.get(ws.id, id ?? ''),
    enabled: editing,
    staleTime: 0,
  });
  const [form, setForm] = useState<PersonFormState>(emptyPerson);
  const [version, setVersion] = useState(0);
  const [loaded, setLoaded] = useState(!editing);
  const [status, setStatus] = useState('');

  useEffect(() => {
    if (record.data && !loaded) {
      setForm(personToForm(record.data.data));
      setVersion(record.data.data.version);
      setLoaded(true);
    }
  }, [record.data, loaded]);

  const labels = useMemo(
    () => ({
      name: t('fields.name'),
      jobTitle: t('fields.jobTitle'),
      email: t('fields.email'),
      phone: t('fields.phone'),
      tags: t('fields.tags'),
      source: t('fields.source'),
      informedOn: t('fields.informedOn'),
      'affiliations.*.organisationId': t('affiliations.organisation'),
      'affiliations.*.role': t('affiliations.role'),
      'affiliations.*.since': t('fields.since'),
      'affiliations.*.until': t('fields.until'),
    }),
    [t],
  );
  const api = useApiForm(labels);
  const errors = api.errors.fields;

  const done = async (person: Person) => {
    await client.invalidateQueries({ queryKey: ['people', ws.id] });
    await client.invalidateQueries({ queryKey: ['person', ws.id, person.id] });
    navigate(wsPath(ws.id, `people/${person.id}`));
  };
  const saver = useRecordSave<Person, ReturnType<typeof formToPersonInput>>({
    create: (input) => peopleApi.create(ws.id, input),
    update: (input, v) => peopleApi.update(ws.id, id ?? '', input, v),
    reload: async () => (await peopleApi.get(ws.id, id ?? '')).data,
    onSaved: done,
    onFailed: api.fail,
  });

  const set = <K extends keyof PersonFormState>(key: K, value: PersonFormState[K]) => setForm((f) => ({ ...f, [key]: value }));
  const setRow = (index: number, change: Partial<PersonFormState['affiliations'][number]>) =>
    setForm((f) => ({ ...f, affiliations: f.affiliations.map((a, i) => (i === index ? { ...a, ...change } : a)) }));

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    api.clear();
    setStatus('');
    const input = formToPersonInput(form);
    return editing ? saver.save(input, version) : saver.create(input);
  };

  if (editing && record.error) return <LoadError error={record.error} />;
  if (!loaded) return <Loading />;

  const conflictFields = saver.conflict
    ? (() => {
        const mine = saver.conflict.mine;
        const theirs = formToPersonInput(personToForm(saver.conflict.theirs));
        const affiliationText = (list: typeof mine.affiliations, names: Record<string, string>) =>
          fmt.list(list.map((a) => [names[a.organisationId] ?? a.organisationId, a.role].filter(Boolean).join(' – ')));
        const names = Object.fromEntries([
          ...form.affiliations.map((a) => [a.organisationId, a.organisationName]),
          ...saver.conflict.theirs.affiliations.map((a) => [a.organisationId, a.organisationName ?? '']),
        ]) as Record<string, string>;
        const row = (key: keyof typeof labels & keyof typeof mine, a: unknown, b: unknown) => ({
          key,
          label: labels[key],
          mine: String(a ?? ''),
          theirs: String(b ?? ''),
        });
        return [
          row('name', mine.name, theirs.name),
          row('jobTitle', mine.jobTitle, theirs.jobTitle),
          row('email', mine.email, theirs.email),
          row('phone', mine.phone, theirs.phone),
          row('tags', mine.tags.join(', '), theirs.tags.join(', ')),
          row('source', mine.source, theirs.source),
          row('informedOn', fmt.date(mine.informedOn), fmt.date(theirs.informedOn)),
          {
            key: 'affiliations',
            label: t('affiliations.title'),
            mine: affiliationText(mine.affiliations, names),
            theirs: affiliationText(theirs.affiliations, names),
          },
        ];
      })()
    : [];

  return (
    <>
      <Heading level={1}>{editing ? t('people.editNamed', { name: record.data?.data.name ?? '' }) : t('people.new')}</Heading>
      <StatusMessage>{status}</StatusMessage>
      <ErrorSummary items={api.errors.summary} />
      <form onSubmit={submit} noValidate className="kring-form">
        <TextField
          name="name"
          label={t('fields.name')}
          value={form.name}
          onChange={(v) => set('name', v)}
          error={errors.name}
          required
          autoComplete="off"
        />
        <TextField
          name="jobTitle"
          label={t('fields.jobTitle')}
          value={form.jobTitle}
          onChange={(v) => set('jobTitle', v)}
          error={errors.jobTitle}
        />
        <TextField
          name="email"
          type="email"
          label={t('fields.email')}
          value={form.email}
          onChange={(v) => set('email', v)}
          error={errors.email}
          autoComplete="off"
        />
        <TextField
          name="phone"
          type="tel"
          label={t('fields.phone')}
          value={form.phone}
          onChange={(v) => set('phone', v)}
          error={errors.phone}
          autoComplete="off"
        />
        <TextField
          name="tags"
          label={t('fields.tags')}
          description={t('people.tagsHint')}
          value={form.tags}
          onChange={(v) => set('tags', v)}
          error={errors.tags}
        />
        <Fieldset className="kring-fieldset">
          <FieldsetLegend>{t('affiliations.title')}</FieldsetLegend>
          {form.affiliations.length === 0 ? <Paragraph>{t('affiliations.none')}</Paragraph> : null}
          {form.affiliations.map((row, i) => (
            <div key={row.key} className="kring-repeat-row" role="group" aria-label={t('affiliations.row', { n: i + 1 })}>
              <PartyCombobox
                id={fieldId(`affiliations.${i}.organisationId`)}
                workspaceId={ws.id}
                types={['organisation']}
                label={t('affiliations.organisation')}
                text={row.organisationName}
                required
                error={errors[`affiliations.${i}.organisationId`]}
                onSelect={(hit) => setRow(i, { organisationId: hit.id, organisationName: hit.title })}
              />
              <TextField
                name={`affiliations.${i}.role`}
                label={t('affiliations.role')}
                value={row.role}
                onChange={(v) => setRow(i, { role: v })}
                error={errors[`affiliations.${i}.role`]}
              />
              <TextField
                name={`affiliations.${i}.since`}
                type="date"
                label={t('fields.since')}
                value={row.since}
                onChange={(v) => setRow(i, { since: v })}
                error={errors[`affiliations.${i}.since`]}
              />
              <TextField
                name={`affiliations.${i}.until`}
                type="date"
                label={t('fields.until')}
                value={row.until}
                onChange={(v) => setRow(i, { until: v })}
                error={errors[`affiliations.${i}.until`]}
              />
              <Button
                purpose="subtle"
                hint="negative"
                onClick={() => setForm((f) => ({ ...f, affiliations: f.affiliations.filter((_, j) => j !== i) }))}
              >
                {t('affiliations.remove', { n: i + 1 })}
              </Button>
            </div>
          ))}
          <Button
            purpose="secondary"
            onClick={() =>
              setForm((f) => ({
                ...f,
                affiliations: [
                  ...f.affiliations,
                  { key: newRowKey(), organisationId: '', organisationName: '', role: '', since: '', until: '' },
                ],
              }))
            }
          >
            {t('affiliations.add')}
          </Button>
        </Fieldset>
        <Fieldset className="kring-fieldset">
          <FieldsetLegend>{t('people.privacy')}</FieldsetLegend>
          <TextField
            name="source"
            label={t('fields.source')}
            description={t('people.sourceHint')}
            value={form.source}
            onChange={(v) => set('source', v)}
            error={errors.source}
          />
          <TextField
            name="informedOn"
            type="date"
            label={t('fields.informedOn')}
            description={t('people.informedHint')}
            value={form.informedOn}
            onChange={(v) => set('informedOn', v)}
            error={errors.informedOn}
          />
        </Fieldset>
        <FormActions submitLabel={t('actions.save')} busy={saver.busy}>
          <AppLink to={editing ? wsPath(ws.id, `people/${id}`) : wsPath(ws.id, 'people')}>{t('actions.cancel')}</AppLink>
        </FormActions>
      </form>
      <RecordConflictDialog
        saver={saver}
        fields={conflictFields}
        onTakeTheirs={(current) => {
          setForm(personToForm(current));
          setVersion(current.version);
          setStatus(t('conflict.tookTheirs'));
        }}
      />
    </>
  );
}
