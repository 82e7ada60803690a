import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { mandatesApi } from '../../../api/method.ts';
import { mandateStatuses, type Mandate, type MandateInput } from '../../../api/types.ts';
import { useWorkspace } from '../../../auth/workspace-context.ts';
import { InlineRecordForm } from '../../../components/InlineRecordForm.tsx';
import { PartyCombobox } from '../../../components/PartyCombobox.tsx';
import { usePersonName } from '../../../components/PersonLink.tsx';
import { SelectField } from '../../../components/SelectField.tsx';
import { TextField } from '../../../components/TextField.tsx';
import { TextareaField } from '../../../components/TextareaField.tsx';
import { fieldBinder } from '../../../lib/field-binder.ts';
import { fieldId } from '../../../lib/form-errors.ts';
import { orNull } from '../../../lib/form-values.ts';
import { useInlineSave } from '../../../lib/use-inline-save.ts';

interface MandateFormProps {
  themeId: string;
  /** The mandate to edit; a new one when left out. */
  mandate?: Mandate;
  onDone: (message: string) => void;
  onCancel: () => void;
}

type Fields = {
  role: string;
  scope: string;
  status: Mandate['status'];
  grantedOn: string;
  reviewOn: string;
  clientId: string;
  holderId: string;
};

const toFields = (m?: Mandate): Fields => ({
  role: m?.role ?? '',
  scope: m?.scope ?? '',
  status: m?.status ?? 'requested',
  grantedOn: m?.grantedOn ?? '',
  reviewOn: m?.reviewOn ?? '',
  clientId: m?.clientId ?? '',
  holderId: m?.holderId ?? '',
});

/** Add or edit a mandate: who grants it, who holds it, the role and scope, and when it is reviewed. */
export function MandateForm({ themeId, mandate, onDone, onCancel }: MandateFormProps) {
  const { t } = useTranslation();
  const ws = useWorkspace();
  const [fields, setFields] = useState<Fields>(toFields(mandate));
  const clientName = usePersonName(ws.id, fields.clientId);
  const holderName = usePersonName(ws.id, fields.holderId);
  const labels = useMemo(
    () => ({
      role: t('mandates.role'),
      scope: t('mandates.scope'),
      status: t('fields.status'),
      grantedOn: t('mandates.grantedOn'),
      reviewOn: t('mandates.reviewOn'),
      clientId: t('mandates.client'),
      holderId: t('mandates.holder'),
    }),
    [t],
  );
  const { form, saver, setVersion, submit } = useInlineSave<Mandate, MandateInput>({
    workspaceId: ws.id,
    record: mandate,
    api: mandatesApi,
    invalidate: ['mandates'],
    labels,
    onSaved: (_, created) => onDone(created ? t('mandates.added') : t('mandates.saved')),
  });
  const errors = form.errors.fields;
  const set = <K extends keyof Fields>(key: K, value: Fields[K]) => setFields((f) => ({ ...f, [key]: value }));
  const bind = fieldBinder(fields, set, labels, errors);
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    return submit({
      themeId,
      role: fields.role.trim(),
      scope: orNull(fields.scope),
      status: fields.status,
      grantedOn: orNull(fields.grantedOn),
      reviewOn: orNull(fields.reviewOn),
      clientId: orNull(fields.clientId),
      holderId: orNull(fields.holderId),
    });
  };
  return (
    <InlineRecordForm<Mandate, MandateInput>
      title={mandate ? t('mandates.edit') : t('mandates.add')}
      errors={form.errors.summary}
      onSubmit={onSubmit}
      onCancel={onCancel}
      saver={saver}
      conflictFields={({ mine, theirs }) => [
        { key: 'role', label: labels.role, mine: mine.role, theirs: theirs.role },
        {
          key: 'status',
          label: labels.status,
          mine: t(`mandateStatuses.${mine.status ?? 'requested'}`),
          theirs: t(`mandateStatuses.${theirs.status}`),
        },
        { key: 'reviewOn', label: labels.reviewOn, mine: mine.reviewOn ?? '', theirs: theirs.reviewOn ?? '' },
        { key: 'scope', label: labels.scope, mine: mine.scope ?? '', theirs: theirs.scope ?? '' },
      ]}
      onTakeTheirs={(current) => {
        setFields(toFields(current));
        setVersion(current.version);
      }}
    >
      <TextField {...bind('role')} description={t('mandates.roleHint')} required autoComplete="off" />
      <PartyCombobox
        id={fieldId('clientId')}
        workspaceId={ws.id}
        types={['person']}
        label={labels.clientId}
        text={clientName ?? ''}
        error={errors.clientId}
        onSelect={(hit) => set('clientId', hit.id)}
      />
      <PartyCombobox
        id={fieldId('holderId')}
        workspaceId={ws.id}
        types={['person']}
        label={labels.holderId}
        text={holderName ?? ''}
        error={errors.holderId}
        onSelect={(hit) => set('holderId', hit.id)}
      />
      <SelectField {...bind('status')} options={mandateStatuses.map((s) => ({ value: s, label: t(`mandateStatuses.${s}`) }))} />
      <TextField {...bind('grantedOn')} type="date" />
      <TextField {...bind('reviewOn')} type="date" />
      <TextareaField {...bind('scope')} />
    </InlineRecordForm>
  );
}
