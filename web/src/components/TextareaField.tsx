import type { ReactNode, ChangeEvent } from 'react';
import { Textarea } from '@utrecht/component-library-react';
import { fieldId } from '../lib/form-errors.ts';
import { FieldFrame, fieldControlProps } from './FieldFrame.tsx';

interface TextareaFieldProps {
  name: string;
  label: ReactNode;
  value: string;
  onChange: (value: string) => void;
  error?: string;
  description?: ReactNode;
  required?: boolean;
  rows?: number;
}

/** A labelled multi-line input with its error message tied to it. */
export function TextareaField({ name, label, value, onChange, error, description, required, rows = 4 }: TextareaFieldProps) {
  const field = { id: fieldId(name), description, error, required };
  return (
    <FieldFrame {...field} label={label}>
      <Textarea
        {...fieldControlProps(field)}
        name={name}
        rows={rows}
        value={value}
        onChange={(e: ChangeEvent<HTMLTextAreaElement>) => onChange(e.target.value)}
      />
    </FieldFrame>
  );
}
