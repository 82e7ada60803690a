import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { initiativesApi } from '../../api/method.ts';
import { initiativeKinds, initiativeStatuses, type Initiative, type InitiativeInput } from '../../api/types.ts';
import { useWorkspace } from '../../auth/workspace-context.ts';
import { InlineRecordForm } from '../../components/InlineRecordForm.tsx';
import { LinkedOrganisationsField } from '../../components/LinkedThemesAndOrganisations.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { TextField } from '../../components/TextField.tsx';
import { TextareaField } from '../../components/TextareaField.tsx';
import { fieldBinder } from '../../lib/field-binder.ts';
import { orNull } from '../../lib/form-values.ts';
import { useInlineSave } from '../../lib/use-inline-save.ts';
import { useOrganisationOptions } from '../../lib/use-organisation-options.ts';

interface InitiativeFormProps {
  /** A new initiative is linked to this theme. */
  themeId?: string;
  initiative?: Initiative;
  /** The title's heading level, one below the list it opens from. */
  level?: 3 | 4;
  onDone: (message: string) => void;
  onCancel: () => void;
}

type Fields = Omit<InitiativeInput, 'description' | 'outcome' | 'startOn' | 'endOn' | 'leadOrganisationId'> & {
  description: string;
  outcome: string;
  startOn: string;
  endOn: string;
  leadOrganisationId: string;
  organisationIds: string[];
};

const toFields = (i: Initiative | undefined, themeId: string | undefined): Fields => ({
  title: i?.title ?? '',
  kind: i?.kind ?? 'project',
  status: i?.status ?? 'proposed',
  description: i?.description ?? '',
  outcome: i?.outcome ?? '',
  startOn: i?.startOn ?? '',
  endOn: i?.endOn ?? '',
  leadOrganisationId: i?.leadOrganisationId ?? '',
  organisationIds: i?.organisationIds ?? [],
  themeIds: i?.themeIds ?? (themeId ? [themeId] : []),
});

/** Add or edit an initiative: a project, pilot, organisational question, shared solution or shared hire. */
export function InitiativeForm({ themeId, initiative, level, onDone, onCancel }: InitiativeFormProps) {
  const { t } = useTranslation();
  const ws = useWorkspace();
  const { options } = useOrganisationOptions(ws.id);
  const [fields, setFields] = useState<Fields>(toFields(initiative, themeId));
  const labels = useMemo(
    () => ({
      title: t('fields.title'),
      kind: t('fields.kind'),
      status: t('fields.status'),
      description: t('fields.description'),
      outcome: t('initiatives.outcome'),
      startOn: t('initiatives.startOn'),
      endOn: t('initiatives.endOn'),
      leadOrganisationId: t('initiatives.lead'),
      organisationIds: t('initiatives.organisations'),
    }),
    [t],
  );
  const { form, saver, setVersion, submit } = useInlineSave<Initiative, InitiativeInput>({
    workspaceId: ws.id,
    record: initiative,
    api: initiativesApi,
    invalidate: ['initiatives'],
    labels,
    onSaved: (_, created) => onDone(created ? t('initiatives.added') : t('initiatives.saved')),
  });
  const errors = form.errors.fields;
  const set = <K extends keyof Fields>(key: K, value: Fields[K]) => setFields((f) => ({ ...f, [key]: value }));
  const bind = fieldBinder(fields, set, labels, errors);
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    return submit({
      ...fields,
      title: fields.title.trim(),
      description: orNull(fields.description),
      outcome: orNull(fields.outcome),
      startOn: orNull(fields.startOn),
      endOn: orNull(fields.endOn),
      leadOrganisationId: orNull(fields.leadOrganisationId),
    });
  };
  return (
    <InlineRecordForm<Initiative, InitiativeInput>
      title={initiative ? t('initiatives.edit') : t('initiatives.add')}
      level={level}
      errors={form.errors.summary}
      onSubmit={onSubmit}
      onCancel={onCancel}
      saver={saver}
      conflictFields={({ mine, theirs }) => [
        { key: 'title', label: labels.title, mine: mine.title, theirs: theirs.title },
        {
          key: 'status',
          label: labels.status,
          mine: t(`initiativeStatuses.${mine.status ?? 'proposed'}`),
          theirs: t(`initiativeStatuses.${theirs.status}`),
        },
        { key: 'outcome', label: labels.outcome, mine: mine.outcome ?? '', theirs: theirs.outcome ?? '' },
      ]}
      onTakeTheirs={(current) => {
        setFields(toFields(current, themeId));
        setVersion(current.version);
      }}
    >
      <TextField {...bind('title')} required autoComplete="off" />
      <SelectField {...bind('kind')} options={initiativeKinds.map((k) => ({ value: k, label: t(`initiativeKinds.${k}`) }))} required />
      <SelectField {...bind('status')} options={initiativeStatuses.map((s) => ({ value: s, label: t(`initiativeStatuses.${s}`) }))} />
      <SelectField {...bind('leadOrganisationId')} emptyLabel={t('initiatives.noLead')} options={options} />
      <LinkedOrganisationsField
        workspaceId={ws.id}
        name="organisationIds"
        legend={labels.organisationIds}
        ids={fields.organisationIds}
        onChange={(ids) => set('organisationIds', ids)}
        error={errors.organisationIds}
      />
      <TextField {...bind('startOn')} type="date" />
      <TextField {...bind('endOn')} type="date" />
      <TextareaField {...bind('description')} />
      <TextareaField {...bind('outcome')} />
    </InlineRecordForm>
  );
}
