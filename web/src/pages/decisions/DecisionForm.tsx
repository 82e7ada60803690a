import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from '@tanstack/react-query';
import { decisionsApi, initiativesApi } from '../../api/method.ts';
import { interactionsApi } from '../../api/interactions.ts';
import { organisationsApi } from '../../api/network.ts';
import { decisionOutcomes, type Decision, type DecisionInput } from '../../api/types.ts';
import { useWorkspace } from '../../auth/workspace-context.ts';
import { InlineRecordForm } from '../../components/InlineRecordForm.tsx';
import { LinkChoices } from '../../components/LinkChoices.tsx';
import { PartyCombobox } from '../../components/PartyCombobox.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { TextField } from '../../components/TextField.tsx';
import { TextareaField } from '../../components/TextareaField.tsx';
import { useFormat } from '../../i18n/format.ts';
import { fieldBinder } from '../../lib/field-binder.ts';
import { fieldId } from '../../lib/form-errors.ts';
import { orNull } from '../../lib/form-values.ts';
import { centsToText, parseEuros } from '../../lib/money.ts';
import { useInlineSave } from '../../lib/use-inline-save.ts';
import { todayIso } from '../../method/progress.ts';

interface DecisionFormProps {
  themeId: string;
  decision?: Decision;
  onDone: (message: string) => void;
  onCancel: () => void;
}

interface Fields {
  title: string;
  bodyId: string;
  date: string;
  outcome: Decision['outcome'];
  amount: string;
  description: string;
  interactionIds: string[];
  initiativeIds: string[];
}

/** Record a decision on a theme: the deciding body, date, outcome, amount, and the sessions and initiatives it ties to. */
export function DecisionForm({ themeId, decision, onDone, onCancel }: DecisionFormProps) {
  const { t } = useTranslation();
  const ws = useWorkspace();
  const fmt = useFormat();
  const toFields = (d?: Decision): Fields => ({
    title: d?.title ?? '',
    bodyId: d?.bodyId ?? '',
    date: d?.date ?? todayIso(),
    outcome: d?.outcome ?? 'pending',
    amount: centsToText(d?.amountCents ?? null, fmt.locale),
    description: d?.description ?? '',
    interactionIds: d?.interactionIds ?? [],
    initiativeIds: d?.initiativeIds ?? [],
  });
  const [fields, setFields] = useState<Fields>(() => toFields(decision));
  const body = useQuery({
    queryKey: ['organisation', ws.id, fields.bodyId],
    queryFn: () => organisationsApi.get(ws.id, fields.bodyId),
    enabled: !!fields.bodyId,
  });
  const interactions = useQuery({
    queryKey: ['interactions', ws.id, { themeId }],
    queryFn: () => interactionsApi.list(ws.id, { themeId, limit: 20 }),
  });
  const initiatives = useQuery({
    queryKey: ['initiatives', ws.id, { themeId }],
    queryFn: () => initiativesApi.list(ws.id, { themeId, limit: 200 }),
  });
  const labels = useMemo(
    () => ({
      title: t('fields.title'),
      bodyId: t('decisions.body'),
      date: t('decisions.date'),
      outcome: t('decisions.outcome'),
      amountCents: t('decisions.amount'),
      description: t('fields.description'),
      interactionIds: t('decisions.informedBy'),
      initiativeIds: t('decisions.started'),
    }),
    [t],
  );
  const { form, saver, setVersion, submit } = useInlineSave<Decision, DecisionInput>({
    workspaceId: ws.id,
    record: decision,
    api: decisionsApi,
    invalidate: ['decisions'],
    labels,
    onSaved: (_, created) => onDone(created ? t('decisions.added') : t('decisions.saved')),
  });
  const errors = form.errors.fields;
  const set = <K extends keyof Fields>(key: K, value: Fields[K]) => setFields((f) => ({ ...f, [key]: value }));
  const bind = fieldBinder(fields, set, labels, errors);
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    const amountCents = parseEuros(fields.amount);
    if (Number.isNaN(amountCents)) return form.setClientErrors({ amountCents: t('decisions.amountInvalid') });
    return submit({
      title: fields.title.trim(),
      themeId,
      bodyId: orNull(fields.bodyId),
      date: fields.date,
      outcome: fields.outcome,
      amountCents,
      description: orNull(fields.description),
      interactionIds: fields.interactionIds,
      initiativeIds: fields.initiativeIds,
    });
  };
  return (
    <InlineRecordForm<Decision, DecisionInput>
      title={decision ? t('decisions.edit') : t('decisions.add')}
      errors={form.errors.summary}
      onSubmit={onSubmit}
      onCancel={onCancel}
      saver={saver}
      conflictFields={({ mine, theirs }) => [
        { key: 'title', label: labels.title, mine: mine.title, theirs: theirs.title },
        { key: 'date', label: labels.date, mine: mine.date, theirs: theirs.date },
        {
          key: 'outcome',
          label: labels.outcome,
          mine: t(`decisionOutcomes.${mine.outcome ?? 'pending'}`),
          theirs: t(`decisionOutcomes.${theirs.outcome}`),
        },
      ]}
      onTakeTheirs={(current) => {
        setFields(toFields(current));
        setVersion(current.version);
      }}
    >
      <TextField {...bind('title')} required autoComplete="off" />
      <PartyCombobox
        id={fieldId('bodyId')}
        workspaceId={ws.id}
        types={['organisation']}
        label={labels.bodyId}
        description={t('decisions.bodyHint')}
        text={body.data?.data.name ?? ''}
        error={errors.bodyId}
        onSelect={(hit) => set('bodyId', hit.id)}
      />
      <TextField {...bind('date')} type="date" required />
      <SelectField {...bind('outcome')} options={decisionOutcomes.map((o) => ({ value: o, label: t(`decisionOutcomes.${o}`) }))} />
      <TextField
        {...bind('amount')}
        name="amountCents"
        label={labels.amountCents}
        error={errors.amountCents}
        inputMode="decimal"
        description={t('decisions.amountHint')}
      />
      <TextareaField {...bind('description')} />
      <LinkChoices
        name="interactionIds"
        legend={labels.interactionIds}
        emptyText={t('interactions.none')}
        options={(interactions.data?.data ?? []).map((i) => ({ value: i.id, label: `${fmt.shortDate(i.date)} · ${i.title}` }))}
        chosen={fields.interactionIds}
        onChange={(ids) => set('interactionIds', ids)}
      />
      <LinkChoices
        name="initiativeIds"
        legend={labels.initiativeIds}
        emptyText={t('initiatives.none')}
        options={(initiatives.data?.data ?? []).map((i) => ({ value: i.id, label: i.title }))}
        chosen={fields.initiativeIds}
        onChange={(ids) => set('initiativeIds', ids)}
      />
    </InlineRecordForm>
  );
}
