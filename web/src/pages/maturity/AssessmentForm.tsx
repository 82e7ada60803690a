import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { assessmentsApi } from '../../api/method.ts';
import type { Assessment, AssessmentInput, MaturityModel } from '../../api/types.ts';
import { useWorkspace } from '../../auth/workspace-context.ts';
import { InlineRecordForm } from '../../components/InlineRecordForm.tsx';
import { RadioGroupField } from '../../components/RadioGroupField.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { TextField } from '../../components/TextField.tsx';
import { TextareaField } from '../../components/TextareaField.tsx';
import { orNull } from '../../lib/form-values.ts';
import { useInlineSave } from '../../lib/use-inline-save.ts';
import { todayIso } from '../../method/progress.ts';

interface AssessmentFormProps {
  model: MaturityModel;
  organisations: Array<{ id: string; name: string }>;
  onDone: (message: string) => void;
  onCancel: () => void;
}

/** A new dated assessment of one organisation: a level per dimension, each with the evidence it rests on. */
export function AssessmentForm({ model, organisations, onDone, onCancel }: AssessmentFormProps) {
  const { t } = useTranslation();
  const ws = useWorkspace();
  const [organisationId, setOrganisationId] = useState(organisations[0]?.id ?? '');
  const [assessedOn, setAssessedOn] = useState(todayIso());
  const [summary, setSummary] = useState('');
  const [scores, setScores] = useState<Record<string, { score: string; evidence: string }>>({});
  const labels: Record<string, string> = {
    organisationId: t('maturity.organisation'),
    assessedOn: t('maturity.assessedOn'),
    summary: t('maturity.summary'),
    scores: t('maturity.scores'),
  };
  model.dimensions.forEach((d, i) => {
    labels[`scores.${i}.score`] = d.name;
    labels[`scores.${i}.evidence`] = t('maturity.evidenceFor', { name: d.name });
  });
  const { form, saver, submit } = useInlineSave<Assessment, AssessmentInput>({
    workspaceId: ws.id,
    api: assessmentsApi,
    invalidate: ['assessments', 'maturity-comparison'],
    labels,
    onSaved: () => onDone(t('maturity.added')),
  });
  const scored = model.dimensions.filter((d) => scores[d.key]?.score);
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    return submit({
      organisationId,
      modelId: model.id,
      assessedOn,
      summary: orNull(summary),
      scores: scored.map((d) => ({
        dimensionKey: d.key,
        score: Number(scores[d.key]?.score),
        evidence: orNull(scores[d.key]?.evidence ?? ''),
      })),
    });
  };
  // Errors point at the position in the scores sent, which skips dimensions left unscored.
  const errorFor = (key: string, field: 'score' | 'evidence') => {
    const i = scored.findIndex((d) => d.key === key);
    return i === -1 ? undefined : form.errors.fields[`scores.${i}.${field}`];
  };
  const levelOptions = model.levels.map((l) => ({ value: String(l.level), label: `${l.level} · ${l.name}` }));
  return (
    <InlineRecordForm<Assessment, AssessmentInput>
      title={t('maturity.add')}
      level={3}
      errors={form.errors.summary}
      onSubmit={onSubmit}
      onCancel={onCancel}
      saver={saver}
      conflictFields={() => []}
      onTakeTheirs={() => undefined}
    >
      <SelectField
        name="organisationId"
        label={labels.organisationId}
        value={organisationId}
        options={organisations.map((o) => ({ value: o.id, label: o.name }))}
        onChange={setOrganisationId}
        error={form.errors.fields.organisationId}
        required
      />
      <TextField
        name="assessedOn"
        type="date"
        label={labels.assessedOn}
        value={assessedOn}
        onChange={setAssessedOn}
        error={form.errors.fields.assessedOn}
        required
      />
      {model.dimensions.map((d) => (
        <div key={d.key} className="kring-fieldset">
          <RadioGroupField
            name={`score-${d.key}`}
            legend={d.name}
            description={d.description ?? undefined}
            value={scores[d.key]?.score ?? ''}
            options={levelOptions}
            onChange={(v) => setScores((s) => ({ ...s, [d.key]: { score: v, evidence: s[d.key]?.evidence ?? '' } }))}
            error={errorFor(d.key, 'score')}
          />
          <TextareaField
            name={`evidence-${d.key}`}
            label={t('maturity.evidenceFor', { name: d.name })}
            value={scores[d.key]?.evidence ?? ''}
            rows={2}
            onChange={(v) => setScores((s) => ({ ...s, [d.key]: { score: s[d.key]?.score ?? '', evidence: v } }))}
            error={errorFor(d.key, 'evidence')}
          />
        </div>
      ))}
      <TextareaField name="summary" label={labels.summary} value={summary} onChange={setSummary} error={form.errors.fields.summary} />
    </InlineRecordForm>
  );
}
