import type { ReactNode, ChangeEvent } from 'react';
import { FormField, FormFieldDescription, FormFieldErrorMessage, FormLabel, Textarea } from '@utrecht/component-library-react';
import { fieldId } from '../lib/form-errors.ts';
import { RequiredMark } from './TextField.tsx';

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
        <Textarea
          id={id}
          name={name}
          rows={rows}
          value={value}
          invalid={!!error}
          aria-invalid={error ? true : undefined}
          aria-required={required ? true : undefined}
          aria-describedby={describedBy || undefined}
          onChange={(e: ChangeEvent<HTMLTextAreaElement>) => onChange(e.target.value)}
        />
      }
    />
  );
}
