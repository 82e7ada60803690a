import type { InputHTMLAttributes, ReactNode, ChangeEvent } from 'react';
import { FormField, FormFieldDescription, FormFieldErrorMessage, FormLabel, Textbox } from '@utrecht/component-library-react';
import { fieldId } from '../lib/form-errors.ts';

interface TextFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'onChange' | 'value' | 'name'> {
  name: string;
  label: ReactNode;
  value: string;
  onChange: (value: string) => void;
  error?: string;
  description?: ReactNode;
  required?: boolean;
}

/**
 * A labelled text input with its description and error message tied to it through
 * aria-describedby, so a screen reader announces the problem together with the field.
 */
export function TextField({ name, label, value, onChange, error, description, required, type = 'text', ...rest }: TextFieldProps) {
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
        <Textbox
          {...rest}
          id={id}
          name={name}
          type={type}
          value={value}
          invalid={!!error}
          aria-invalid={error ? true : undefined}
          aria-required={required ? true : undefined}
          aria-describedby={describedBy || undefined}
          onChange={(e: ChangeEvent<HTMLInputElement>) => onChange(e.target.value)}
        />
      }
    />
  );
}

/** The visible "(required)" hint; the field itself carries aria-required. */
export function RequiredMark() {
  return (
    <span className="kring-required" aria-hidden="true">
      {' '}
      *
    </span>
  );
}
