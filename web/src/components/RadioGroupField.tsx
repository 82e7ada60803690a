import type { ReactNode } from 'react';
import {
  Fieldset,
  FieldsetLegend,
  FormField,
  FormFieldDescription,
  FormFieldErrorMessage,
  FormLabel,
  RadioButton,
} from '@utrecht/component-library-react';
import { fieldId } from '../lib/form-errors.ts';
import type { Option } from './SelectField.tsx';

interface RadioGroupFieldProps {
  name: string;
  legend: ReactNode;
  value: string;
  options: Option[];
  onChange: (value: string) => void;
  description?: ReactNode;
  error?: string;
  /** Lays the choices out side by side, for short scales such as 1 to 5. */
  inline?: boolean;
}

/**
 * A choice of one as native radio buttons in a fieldset: the arrow keys move between the
 * choices, and the legend names the group for screen readers.
 */
export function RadioGroupField({ name, legend, value, options, onChange, description, error, inline }: RadioGroupFieldProps) {
  const id = fieldId(name);
  const describedBy = [description ? `${id}-description` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <Fieldset
      id={id}
      className={['kring-fieldset', 'kring-fieldset--plain', inline ? 'kring-radio-row' : ''].filter(Boolean).join(' ')}
      invalid={!!error}
      aria-describedby={describedBy}
      tabIndex={-1}
    >
      <FieldsetLegend>{legend}</FieldsetLegend>
      {description ? <FormFieldDescription id={`${id}-description`}>{description}</FormFieldDescription> : null}
      {error ? <FormFieldErrorMessage id={`${id}-error`}>{error}</FormFieldErrorMessage> : null}
      {options.map((o) => (
        <FormField type="radio" key={o.value}>
          <RadioButton id={`${id}-${o.value}`} name={name} value={o.value} checked={value === o.value} onChange={() => onChange(o.value)} />
          <FormLabel htmlFor={`${id}-${o.value}`} type="radio" checked={value === o.value}>
            {o.label}
          </FormLabel>
        </FormField>
      ))}
    </Fieldset>
  );
}
