import { useTranslation } from 'react-i18next';
import { Fieldset, FieldsetLegend } from '@utrecht/component-library-react';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import { attendanceStatuses, type Attendance } from '../../api/types.ts';
import { PartyCombobox } from '../../components/PartyCombobox.tsx';
import { RemoveButton } from '../../components/RemoveButton.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { fieldId } from '../../lib/form-errors.ts';
import type { ParticipantRow } from './interaction-form-state.ts';

interface ParticipantsFieldsetProps {
  workspaceId: string;
  participants: ParticipantRow[];
  /** The attendance a newly added participant gets. */
  defaultAttendance: Attendance;
  onChange: (participants: ParticipantRow[]) => void;
  errors: Record<string, string>;
}

/** The people at an interaction, each with their attendance, and a combobox to add one. */
export function ParticipantsFieldset({ workspaceId, participants, defaultAttendance, onChange, errors }: ParticipantsFieldsetProps) {
  const { t } = useTranslation();
  const options = attendanceStatuses.map((a) => ({ value: a, label: t(`attendance.${a}`) }));
  return (
    <Fieldset className="kring-fieldset">
      <FieldsetLegend>{t('interactions.participants')}</FieldsetLegend>
      {participants.length === 0 ? <Paragraph>{t('interactions.noParticipants')}</Paragraph> : null}
      <ul className="kring-plain-list">
        {participants.map((p, i) => (
          <li key={p.personId} className="kring-repeat-row">
            <span>{p.name}</span>
            <SelectField
              name={`participants.${i}.attendance`}
              label={t('interactions.attendanceOf', { name: p.name })}
              value={p.attendance}
              options={options}
              error={errors[`participants.${i}.attendance`] ?? errors[`participants.${i}.personId`]}
              onChange={(v) => onChange(participants.map((x) => (x.personId === p.personId ? { ...x, attendance: v as Attendance } : x)))}
            />
            <RemoveButton
              label={t('actions.remove')}
              what={p.name}
              onClick={() => onChange(participants.filter((x) => x.personId !== p.personId))}
            />
          </li>
        ))}
      </ul>
      <PartyCombobox
        id={fieldId('participants')}
        workspaceId={workspaceId}
        types={['person']}
        excludeIds={participants.map((p) => p.personId)}
        label={t('interactions.addParticipant')}
        clearOnSelect
        error={errors.participants}
        onSelect={(hit) => onChange([...participants, { personId: hit.id, name: hit.title, attendance: defaultAttendance }])}
      />
    </Fieldset>
  );
}
