import { useTranslation } from 'react-i18next';
import { attendanceStatuses, type Attendance } from '../../api/types.ts';
import { PeopleRowsFieldset } from '../../components/PeopleRowsFieldset.tsx';
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
  return (
    <PeopleRowsFieldset
      name="participants"
      choiceField="attendance"
      workspaceId={workspaceId}
      legend={t('interactions.participants')}
      emptyText={t('interactions.noParticipants')}
      addLabel={t('interactions.addParticipant')}
      choiceLabel={(name) => t('interactions.attendanceOf', { name })}
      options={attendanceStatuses.map((a) => ({ value: a, label: t(`attendance.${a}`) }))}
      defaultChoice={defaultAttendance}
      rows={participants.map((p) => ({ personId: p.personId, name: p.name, choice: p.attendance }))}
      onChange={(rows) => onChange(rows.map((r) => ({ personId: r.personId, name: r.name, attendance: r.choice as Attendance })))}
      errors={errors}
    />
  );
}
