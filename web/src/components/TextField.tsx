import type { InputHTMLAttributes, ReactNode, ChangeEvent } from 'react';
import { Textbox } from '@utrecht/component-library-react';
import { fieldId } from '../lib/form-errors.ts';
import { FieldFrame, fieldControlProps } from './FieldFrame.tsx';

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
  const field = { id: fieldId(name), description, error, required };
  return (
    <FieldFrame {...field} label={label}>
      <Textbox
        {...rest}
        {...fieldControlProps(field)}
        name={name}
        type={type}
        value={value}
        onChange={(e: ChangeEvent<HTMLInputElement>) => onChange(e.target.value)}
      />
    </FieldFrame>
  );
}
