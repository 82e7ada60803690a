import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { engagementPlansApi } from '../../api/method.ts';
import { engagementLevels, type EngagementLevel, type EngagementPlan, type EngagementPlanInput } from '../../api/types.ts';
import { useWorkspace } from '../../auth/workspace-context.ts';
import { InlineRecordForm } from '../../components/InlineRecordForm.tsx';
import { PartyCombobox } from '../../components/PartyCombobox.tsx';
import { usePersonName } from '../../components/PersonLink.tsx';
import { RadioGroupField } from '../../components/RadioGroupField.tsx';
import { TextField } from '../../components/TextField.tsx';
import { TextareaField } from '../../components/TextareaField.tsx';
import { fieldBinder } from '../../lib/field-binder.ts';
import { fieldId } from '../../lib/form-errors.ts';
import { orNull } from '../../lib/form-values.ts';
import { useInlineSave } from '../../lib/use-inline-save.ts';

interface EngagementPlanFormProps {
  themeId: string;
  plan?: EngagementPlan;
  /** A new plan for this party, e.g. chosen on the stakeholder grid. */
  party?: { id: string; name: string };
  /** The title's heading level, one below the section it opens in. */
  level?: 3 | 4;
  onDone: (message: string) => void;
  onCancel: () => void;
}

interface Fields {
  partyId: string;
  partyName: string;
  level: EngagementLevel;
  keyMessage: string;
  channel: string;
  ownerId: string;
  nextStep: string;
  nextStepDueOn: string;
}

const toFields = (p?: EngagementPlan, party?: { id: string; name: string }): Fields => ({
  partyId: p?.partyId ?? party?.id ?? '',
  partyName: p?.partyName ?? party?.name ?? '',
  level: p?.level ?? 'inform',
  keyMessage: p?.keyMessage ?? '',
  channel: p?.channel ?? '',
  ownerId: p?.ownerId ?? '',
  nextStep: p?.nextStep ?? '',
  nextStepDueOn: p?.nextStepDueOn ?? '',
});

/** How to engage one stakeholder on a theme: from inform to empower, the key message, channel, owner and next step. */
export function EngagementPlanForm({ themeId, plan, party, level, onDone, onCancel }: EngagementPlanFormProps) {
  const { t } = useTranslation();
  const ws = useWorkspace();
  const [fields, setFields] = useState<Fields>(toFields(plan, party));
  const ownerName = usePersonName(ws.id, fields.ownerId);
  const labels = useMemo(
    () => ({
      partyId: t('engagement.party'),
      level: t('engagement.level'),
      keyMessage: t('engagement.keyMessage'),
      channel: t('engagement.channel'),
      ownerId: t('engagement.owner'),
      nextStep: t('engagement.nextStep'),
      nextStepDueOn: t('engagement.nextStepDueOn'),
    }),
    [t],
  );
  const { form, saver, setVersion, submit } = useInlineSave<EngagementPlan, EngagementPlanInput>({
    workspaceId: ws.id,
    record: plan,
    api: engagementPlansApi,
    invalidate: ['engagement-plans'],
    labels,
    onSaved: (_, created) => onDone(created ? t('engagement.added') : t('engagement.saved')),
  });
  const errors = form.errors.fields;
  const set = <K extends keyof Fields>(key: K, value: Fields[K]) => setFields((f) => ({ ...f, [key]: value }));
  const bind = fieldBinder(fields, set, labels, errors);
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    if (!fields.partyId) return form.setClientErrors({ partyId: t('engagement.chooseParty') });
    const body = {
      level: fields.level,
      keyMessage: orNull(fields.keyMessage),
      channel: orNull(fields.channel),
      ownerId: orNull(fields.ownerId),
      nextStep: orNull(fields.nextStep),
      nextStepDueOn: orNull(fields.nextStepDueOn),
    };
    // The party and theme of a plan are fixed once made; an update sends only the plan itself.
    return submit(plan ? (body as EngagementPlanInput) : { themeId, partyId: fields.partyId, ...body });
  };
  return (
    <InlineRecordForm<EngagementPlan, EngagementPlanInput>
      title={plan ? t('engagement.editFor', { name: plan.partyName }) : t('engagement.add')}
      level={level}
      errors={form.errors.summary}
      onSubmit={onSubmit}
      onCancel={onCancel}
      saver={saver}
      conflictFields={({ mine, theirs }) => [
        { key: 'level', label: labels.level, mine: t(`engagementLevels.${mine.level}`), theirs: t(`engagementLevels.${theirs.level}`) },
        { key: 'keyMessage', label: labels.keyMessage, mine: mine.keyMessage ?? '', theirs: theirs.keyMessage ?? '' },
        { key: 'nextStep', label: labels.nextStep, mine: mine.nextStep ?? '', theirs: theirs.nextStep ?? '' },
      ]}
      onTakeTheirs={(current) => {
        setFields(toFields(current));
        setVersion(current.version);
      }}
    >
      {plan ? null : (
        <PartyCombobox
          id={fieldId('partyId')}
          workspaceId={ws.id}
          types={['person', 'organisation']}
          label={labels.partyId}
          text={fields.partyName}
          required
          error={errors.partyId}
          onSelect={(hit) => setFields((f) => ({ ...f, partyId: hit.id, partyName: hit.title }))}
        />
      )}
      <RadioGroupField
        name="level"
        legend={labels.level}
        value={fields.level}
        options={engagementLevels.map((l) => ({ value: l, label: t(`engagementLevels.${l}`) }))}
        onChange={(v) => set('level', v as EngagementLevel)}
        error={errors.level}
      />
      <TextareaField {...bind('keyMessage')} rows={3} />
      <TextField {...bind('channel')} description={t('engagement.channelHint')} />
      <PartyCombobox
        id={fieldId('ownerId')}
        workspaceId={ws.id}
        types={['person']}
        label={labels.ownerId}
        text={ownerName ?? ''}
        error={errors.ownerId}
        onSelect={(hit) => set('ownerId', hit.id)}
      />
      <TextField {...bind('nextStep')} />
      <TextField {...bind('nextStepDueOn')} type="date" />
    </InlineRecordForm>
  );
}
