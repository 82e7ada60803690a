import type { ReactNode, ChangeEvent } from 'react';
import { Select, SelectOption } from '@utrecht/component-library-react';
import { fieldId } from '../lib/form-errors.ts';
import { FieldFrame, fieldControlProps } from './FieldFrame.tsx';

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
  const field = { id: fieldId(name), description, error, required };
  return (
    <FieldFrame {...field} label={label}>
      <Select
        {...fieldControlProps(field)}
        name={name}
        value={value}
        onChange={(e: ChangeEvent<HTMLSelectElement>) => onChange(e.target.value)}
      >
        {emptyLabel !== undefined ? <SelectOption value="">{emptyLabel}</SelectOption> : null}
        {options.map((o) => (
          <SelectOption key={o.value} value={o.value}>
            {o.label}
          </SelectOption>
        ))}
      </Select>
    </FieldFrame>
  );
}
