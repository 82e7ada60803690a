import type { ReactNode, ChangeEvent } from 'react';
import { FormField, FormFieldDescription, FormFieldErrorMessage, FormLabel, Select, SelectOption } from '@utrecht/component-library-react';
import { fieldId } from '../lib/form-errors.ts';
import { RequiredMark } from './TextField.tsx';

export interface Option {
  value: string;
  label: string;
}

interface SelectFieldProps {
  name: string;
  label: ReactNode;
  value: string;
  options: Option[];
  onChange: (value: string) => void;
  error?: string;
  description?: ReactNode;
  required?: boolean;
  /** Label of an empty first choice; leave out when a value is always chosen. */
  emptyLabel?: string;
}

/** A labelled native select: the most robust choice control for keyboards and screen readers. */
export function SelectField({ name, label, value, options, onChange, error, description, required, emptyLabel }: SelectFieldProps) {
  const id = fieldId(name);
  const describedBy = [description ? `${id}-description` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return (
    <FormField
      invalid={!!error}
      label={
        <FormLabel htmlFor={id}>
          {label}
          {required ? <RequiredMark /> : null}
        </FormLabel>
      }
      description={description ? <FormFieldDescription id={`${id}-description`}>{description}</FormFieldDescription> : undefined}
      errorMessage={error ? <FormFieldErrorMessage id={`${id}-error`}>{error}</FormFieldErrorMessage> : undefined}
      input={
        <Select
          id={id}
          name={name}
          value={value}
          invalid={!!error}
          aria-invalid={error ? true : undefined}
          aria-required={required ? true : undefined}
          aria-describedby={describedBy || undefined}
          onChange={(e: ChangeEvent<HTMLSelectElement>) => onChange(e.target.value)}
        >
          {emptyLabel !== undefined ? <SelectOption value="">{emptyLabel}</SelectOption> : null}
          {options.map((o) => (
            <SelectOption key={o.value} value={o.value}>
              {o.label}
            </SelectOption>
          ))}
        </Select>
      }
    />
  );
}
