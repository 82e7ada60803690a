import type { ReactNode } from 'react';
import { Checkbox, FormField, FormFieldDescription, FormLabel } from '@utrecht/component-library-react';
import { fieldId } from '../lib/form-errors.ts';

interface CheckboxFieldProps {
  name: string;
  label: ReactNode;
  checked: boolean;
  onChange: (checked: boolean) => void;
  description?: ReactNode;
}

/** A checkbox with its label after it, the whole label being the click target. */
export function CheckboxField({ name, label, checked, onChange, description }: CheckboxFieldProps) {
  const id = fieldId(name);
  return (
    <FormField type="checkbox" className="kring-checkbox-field">
      <Checkbox
        id={id}
        name={name}
        checked={checked}
        aria-describedby={description ? `${id}-description` : undefined}
        onChange={(e) => onChange(e.target.checked)}
      />
      <FormLabel htmlFor={id} type="checkbox" checked={checked}>
        {label}
      </FormLabel>
      {description ? <FormFieldDescription id={`${id}-description`}>{description}</FormFieldDescription> : null}
    </FormField>
  );
}
