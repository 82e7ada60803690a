import { Fieldset, FieldsetLegend } from '@utrecht/component-library-react';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import { fieldId } from '../lib/form-errors.ts';
import { CheckboxField } from './CheckboxField.tsx';
import type { Option } from './SelectField.tsx';

interface LinkChoicesProps {
  /** The form field, e.g. `interactionIds`; the error summary links to the group. */
  name: string;
  legend: string;
  emptyText: string;
  options: Option[];
  chosen: readonly string[];
  onChange: (ids: string[]) => void;
}

/** A short list of records to link, as checkboxes in a fieldset, e.g. the sessions that informed a decision. */
export function LinkChoices({ name, legend, emptyText, options, chosen, onChange }: LinkChoicesProps) {
  return (
    <Fieldset className="kring-fieldset" id={fieldId(name)} tabIndex={-1}>
      <FieldsetLegend>{legend}</FieldsetLegend>
      {options.length === 0 ? <Paragraph>{emptyText}</Paragraph> : null}
      {options.map((o) => (
        <CheckboxField
          key={o.value}
          name={`${name}-${o.value}`}
          label={o.label}
          checked={chosen.includes(o.value)}
          onChange={(on) => onChange(on ? [...chosen, o.value] : chosen.filter((x) => x !== o.value))}
        />
      ))}
    </Fieldset>
  );
}
