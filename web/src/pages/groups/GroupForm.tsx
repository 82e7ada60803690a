import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { groupsApi } from '../../api/method.ts';
import { groupKinds, groupMemberRoles, type Group, type GroupInput } from '../../api/types.ts';
import { useWorkspace } from '../../auth/workspace-context.ts';
import { InlineRecordForm } from '../../components/InlineRecordForm.tsx';
import { LinkedThemesField } from '../../components/LinkedThemesAndOrganisations.tsx';
import { PeopleRowsFieldset, type PersonRow } from '../../components/PeopleRowsFieldset.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { TextField } from '../../components/TextField.tsx';
import { TextareaField } from '../../components/TextareaField.tsx';
import { fieldBinder } from '../../lib/field-binder.ts';
import { orNull } from '../../lib/form-values.ts';
import { useInlineSave } from '../../lib/use-inline-save.ts';

interface GroupFormProps {
  group?: Group;
  /** A new group starts working on this theme. */
  themeId?: string;
  level?: 2 | 3 | 4;
  onDone: (group: Group, message: string) => void;
  onCancel: () => void;
}

interface Fields {
  name: string;
  kind: Group['kind'];
  description: string;
  themeIds: string[];
  members: PersonRow[];
}

const toFields = (g?: Group, themeId?: string): Fields => ({
  name: g?.name ?? '',
  kind: g?.kind ?? 'working_group',
  description: g?.description ?? '',
  themeIds: g?.themeIds ?? (themeId ? [themeId] : []),
  members: (g?.members ?? []).map((m) => ({ personId: m.personId, name: m.personName, choice: m.role })),
});

/** Add or edit a group: its kind, the themes it works on and its members with their roles. */
export function GroupForm({ group, themeId, level, onDone, onCancel }: GroupFormProps) {
  const { t } = useTranslation();
  const ws = useWorkspace();
  const [fields, setFields] = useState<Fields>(toFields(group, themeId));
  const labels = useMemo(
    () => ({
      name: t('fields.name'),
      kind: t('fields.kind'),
      description: t('fields.description'),
      themeIds: t('interactions.themes'),
      members: t('groups.members'),
      'members.*.role': t('groups.role'),
      'members.*.personId': t('groups.member'),
    }),
    [t],
  );
  const { form, saver, setVersion, submit } = useInlineSave<Group, GroupInput>({
    workspaceId: ws.id,
    record: group,
    api: groupsApi,
    invalidate: ['groups', 'group'],
    labels,
    onSaved: (saved, created) => onDone(saved, created ? t('groups.added') : t('groups.saved')),
  });
  const errors = form.errors.fields;
  const set = <K extends keyof Fields>(key: K, value: Fields[K]) => setFields((f) => ({ ...f, [key]: value }));
  const bind = fieldBinder(fields, set, labels, errors);
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    return submit({
      name: fields.name.trim(),
      kind: fields.kind,
      description: orNull(fields.description),
      themeIds: fields.themeIds,
      members: fields.members.map((m) => ({ personId: m.personId, role: m.choice as Group['members'][number]['role'] })),
    });
  };
  return (
    <InlineRecordForm<Group, GroupInput>
      title={group ? t('groups.editNamed', { name: group.name }) : t('groups.new')}
      level={level}
      errors={form.errors.summary}
      onSubmit={onSubmit}
      onCancel={onCancel}
      saver={saver}
      conflictFields={({ mine, theirs }) => [
        { key: 'name', label: labels.name, mine: mine.name, theirs: theirs.name },
        { key: 'description', label: labels.description, mine: mine.description ?? '', theirs: theirs.description ?? '' },
        {
          key: 'members',
          label: labels.members,
          mine: fields.members.map((m) => m.name).join(', '),
          theirs: theirs.members.map((m) => m.personName).join(', '),
        },
      ]}
      onTakeTheirs={(current) => {
        setFields(toFields(current));
        setVersion(current.version);
      }}
    >
      <TextField {...bind('name')} required autoComplete="off" />
      <SelectField {...bind('kind')} options={groupKinds.map((k) => ({ value: k, label: t(`groupKinds.${k}`) }))} required />
      <TextareaField {...bind('description')} />
      <LinkedThemesField
        workspaceId={ws.id}
        name="themeIds"
        legend={labels.themeIds}
        ids={fields.themeIds}
        onChange={(ids) => set('themeIds', ids)}
        error={errors.themeIds}
      />
      <PeopleRowsFieldset
        name="members"
        choiceField="role"
        workspaceId={ws.id}
        legend={labels.members}
        emptyText={t('groups.noMembers')}
        addLabel={t('groups.addMember')}
        choiceLabel={(name) => t('groups.roleOf', { name })}
        options={groupMemberRoles.map((r) => ({ value: r, label: t(`groupMemberRoles.${r}`) }))}
        defaultChoice="member"
        rows={fields.members}
        onChange={(rows) => set('members', rows)}
        errors={errors}
      />
    </InlineRecordForm>
  );
}
