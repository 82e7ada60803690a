import { useMemo, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Fieldset, FieldsetLegend } from '@utrecht/component-library-react';
import { stakeholderAssessmentsApi } from '../../api/method.ts';
import {
  stakeholderConcerns,
  stakeholderSides,
  type StakeholderAssessment,
  type StakeholderAssessmentInput,
  type StakeholderConcern,
} from '../../api/types.ts';
import { useWorkspace } from '../../auth/workspace-context.ts';
import { quadrantOf } from '../../charts/grid-geometry.ts';
import { CheckboxField } from '../../components/CheckboxField.tsx';
import { InlineRecordForm } from '../../components/InlineRecordForm.tsx';
import { PartyCombobox } from '../../components/PartyCombobox.tsx';
import { RadioGroupField } from '../../components/RadioGroupField.tsx';
import { TextareaField } from '../../components/TextareaField.tsx';
import { fieldId } from '../../lib/form-errors.ts';
import { orNull } from '../../lib/form-values.ts';
import { useInlineSave } from '../../lib/use-inline-save.ts';
import { todayIso } from '../../method/progress.ts';

/** What the form edits; power and interest drive the preview on the grid. */
export interface Placement {
  partyId: string;
  partyName: string;
  power: number;
  interest: number;
  attitude: number;
  side: StakeholderAssessment['side'];
  concerns: StakeholderConcern[];
  concernNote: string;
  salience: StakeholderAssessment['salience'];
}

/** A placement that starts from the party's latest assessment, or from the middle of the grid. */
export function placementFrom(latest: StakeholderAssessment | undefined, party?: { id: string; name: string }): Placement {
  return {
    partyId: latest?.partyId ?? party?.id ?? '',
    partyName: latest?.partyName ?? party?.name ?? '',
    power: latest?.power ?? 3,
    interest: latest?.interest ?? 3,
    attitude: latest?.attitude ?? 0,
    side: latest?.side ?? 'internal',
    concerns: latest?.concerns ?? [],
    concernNote: latest?.concernNote ?? '',
    salience: latest?.salience ?? { power: false, legitimacy: false, urgency: false },
  };
}

interface PlacementFormProps {
  themeId: string;
  /** The party's latest assessment; today's is updated, an older one is followed by a new dated one. */
  latest?: StakeholderAssessment;
  placement: Placement;
  onChange: (placement: Placement) => void;
  onDone: (message: string) => void;
  onCancel: () => void;
}

const scale = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

/**
 * Places a stakeholder on the grid with the keyboard: power and interest as radio buttons
 * (arrow keys move between them), attitude, concerns and salience. Saving records a dated
 * assessment of today, so the grid keeps its history.
 */
export function PlacementForm({ themeId, latest, placement, onChange, onDone, onCancel }: PlacementFormProps) {
  const { t } = useTranslation();
  const ws = useWorkspace();
  const today = todayIso();
  const sameDay = latest?.assessedOn === today ? latest : undefined;
  const labels = useMemo(
    () => ({
      partyId: t('stakeholders.party'),
      power: t('stakeholders.power'),
      interest: t('stakeholders.interest'),
      attitude: t('stakeholders.attitude'),
      side: t('stakeholders.side'),
      concerns: t('stakeholders.concerns'),
      concernNote: t('stakeholders.concernNote'),
    }),
    [t],
  );
  const { form, saver, setVersion, submit } = useInlineSave<StakeholderAssessment, StakeholderAssessmentInput>({
    workspaceId: ws.id,
    record: sameDay,
    api: stakeholderAssessmentsApi,
    invalidate: ['stakeholder-grid', 'stakeholder-assessments', 'stay-in-touch'],
    labels,
    onSaved: (saved) => onDone(t('stakeholders.placed', { name: saved.partyName, quadrant: t(`mendelowQuadrants.${saved.quadrant}`) })),
  });
  const errors = form.errors.fields;
  const set = <K extends keyof Placement>(key: K, value: Placement[K]) => onChange({ ...placement, [key]: value });
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    if (!placement.partyId) return form.setClientErrors({ partyId: t('engagement.chooseParty') });
    const judgement = {
      power: placement.power,
      interest: placement.interest,
      attitude: placement.attitude,
      side: placement.side,
      concerns: placement.concerns,
      concernNote: orNull(placement.concernNote),
      salience: placement.salience,
    };
    // Today's assessment is corrected in place; any other day starts a new one, so the history stays.
    return submit(
      sameDay ? (judgement as StakeholderAssessmentInput) : { themeId, partyId: placement.partyId, assessedOn: today, ...judgement },
    );
  };
  const quadrant = quadrantOf(placement.power, placement.interest, 1, 5);
  return (
    <InlineRecordForm<StakeholderAssessment, StakeholderAssessmentInput>
      title={placement.partyName ? t('stakeholders.placeNamed', { name: placement.partyName }) : t('stakeholders.place')}
      level={3}
      errors={form.errors.summary}
      onSubmit={onSubmit}
      onCancel={onCancel}
      saver={saver}
      conflictFields={({ mine, theirs }) => [
        { key: 'power', label: labels.power, mine: String(mine.power), theirs: String(theirs.power) },
        { key: 'interest', label: labels.interest, mine: String(mine.interest), theirs: String(theirs.interest) },
        { key: 'attitude', label: labels.attitude, mine: String(mine.attitude), theirs: String(theirs.attitude) },
      ]}
      onTakeTheirs={(current) => {
        onChange(placementFrom(current));
        setVersion(current.version);
      }}
    >
      {latest ? null : (
        <PartyCombobox
          id={fieldId('partyId')}
          workspaceId={ws.id}
          types={['person', 'organisation']}
          label={labels.partyId}
          text={placement.partyName}
          required
          error={errors.partyId}
          onSelect={(hit) => onChange({ ...placement, partyId: hit.id, partyName: hit.title })}
        />
      )}
      <RadioGroupField
        name="power"
        legend={labels.power}
        description={t('stakeholders.powerHint')}
        inline
        value={String(placement.power)}
        options={scale(1, 5).map((v) => ({ value: String(v), label: String(v) }))}
        onChange={(v) => set('power', Number(v))}
        error={errors.power}
      />
      <RadioGroupField
        name="interest"
        legend={labels.interest}
        description={t('stakeholders.interestHint')}
        inline
        value={String(placement.interest)}
        options={scale(1, 5).map((v) => ({ value: String(v), label: String(v) }))}
        onChange={(v) => set('interest', Number(v))}
        error={errors.interest}
      />
      <p role="status" className="kring-placement-preview">
        {t('stakeholders.preview', { quadrant: t(`mendelowQuadrants.${quadrant}`) })}
      </p>
      <RadioGroupField
        name="attitude"
        legend={labels.attitude}
        inline
        value={String(placement.attitude)}
        options={scale(-2, 2).map((v) => ({ value: String(v), label: t(`attitudes.${String(v) as '0'}`) }))}
        onChange={(v) => set('attitude', Number(v))}
        error={errors.attitude}
      />
      <RadioGroupField
        name="side"
        legend={labels.side}
        inline
        value={placement.side}
        options={stakeholderSides.map((s) => ({ value: s, label: t(`stakeholderSides.${s}`) }))}
        onChange={(v) => set('side', v as Placement['side'])}
        error={errors.side}
      />
      <Fieldset className="kring-fieldset kring-checkbox-row" id={fieldId('concerns')} tabIndex={-1}>
        <FieldsetLegend>{labels.concerns}</FieldsetLegend>
        {stakeholderConcerns.map((c) => (
          <CheckboxField
            key={c}
            name={`concern-${c}`}
            label={t(`stakeholderConcerns.${c}`)}
            checked={placement.concerns.includes(c)}
            onChange={(on) => set('concerns', on ? [...placement.concerns, c] : placement.concerns.filter((x) => x !== c))}
          />
        ))}
      </Fieldset>
      <TextareaField
        name="concernNote"
        label={labels.concernNote}
        value={placement.concernNote}
        onChange={(v) => set('concernNote', v)}
        error={errors.concernNote}
        rows={2}
      />
      <Fieldset className="kring-fieldset kring-checkbox-row">
        <FieldsetLegend>{t('stakeholders.salience')}</FieldsetLegend>
        {(['power', 'legitimacy', 'urgency'] as const).map((k) => (
          <CheckboxField
            key={k}
            name={`salience-${k}`}
            label={t(`stakeholders.salienceOf.${k}`)}
            checked={placement.salience[k]}
            onChange={(on) => set('salience', { ...placement.salience, [k]: on })}
          />
        ))}
      </Fieldset>
    </InlineRecordForm>
  );
}
