import { Fieldset, FieldsetLegend } from '@utrecht/component-library-react';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import { useTranslation } from 'react-i18next';
import { fieldId } from '../lib/form-errors.ts';
import { PartyCombobox } from './PartyCombobox.tsx';
import { RemoveButton } from './RemoveButton.tsx';
import { SelectField, type Option } from './SelectField.tsx';

/** A person in the list with one choice about them, such as their attendance or their role. */
export interface PersonRow {
  personId: string;
  name: string;
  choice: string;
}

interface PeopleRowsFieldsetProps {
  /** The form field of the list, e.g. `participants`; each row's choice is `<name>.<i>.<choiceField>`. */
  name: string;
  choiceField: string;
  workspaceId: string;
  legend: string;
  emptyText: string;
  addLabel: string;
  /** The label of a row's choice, naming the person. */
  choiceLabel: (name: string) => string;
  options: Option[];
  /** The choice a newly added person gets. */
  defaultChoice: string;
  rows: PersonRow[];
  onChange: (rows: PersonRow[]) => void;
  errors: Record<string, string>;
}

/** People in a form, each with one choice and a remove button, and a combobox to add one (participants, members). */
export function PeopleRowsFieldset(props: PeopleRowsFieldsetProps) {
  const { t } = useTranslation();
  const { rows, onChange, errors } = props;
  return (
    <Fieldset className="kring-fieldset">
      <FieldsetLegend>{props.legend}</FieldsetLegend>
      {rows.length === 0 ? <Paragraph>{props.emptyText}</Paragraph> : null}
      <ul className="kring-plain-list">
        {rows.map((row, i) => (
          <li key={row.personId} className="kring-repeat-row">
            <span>{row.name}</span>
            <SelectField
              name={`${props.name}.${i}.${props.choiceField}`}
              label={props.choiceLabel(row.name)}
              value={row.choice}
              options={props.options}
              error={errors[`${props.name}.${i}.${props.choiceField}`] ?? errors[`${props.name}.${i}.personId`]}
              onChange={(v) => onChange(rows.map((x) => (x.personId === row.personId ? { ...x, choice: v } : x)))}
            />
            <RemoveButton
              label={t('actions.remove')}
              what={row.name}
              onClick={() => onChange(rows.filter((x) => x.personId !== row.personId))}
            />
          </li>
        ))}
      </ul>
      <PartyCombobox
        id={fieldId(props.name)}
        workspaceId={props.workspaceId}
        types={['person']}
        excludeIds={rows.map((r) => r.personId)}
        label={props.addLabel}
        clearOnSelect
        error={errors[props.name]}
        onSelect={(hit) => onChange([...rows, { personId: hit.id, name: hit.title, choice: props.defaultChoice }])}
      />
    </Fieldset>
  );
}
