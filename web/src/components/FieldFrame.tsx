import type { ReactNode } from 'react';
import { FormField, FormFieldDescription, FormFieldErrorMessage, FormLabel } from '@utrecht/component-library-react';

interface FieldState {
  /** The control's id; the description and error message get ids derived from it. */
  id: string;
  description?: ReactNode;
  error?: string;
  required?: boolean;
}

interface FieldFrameProps extends FieldState {
  label: ReactNode;
  /** Keeps the label for screen readers only, where the context already shows what the field is. */
  hideLabel?: boolean;
  className?: string;
  /** The control itself, carrying the attributes from `fieldControlProps`. */
  children: ReactNode;
}

/**
 * The attributes that tie a control to its frame: aria-describedby names the description and
 * the error message, so a screen reader announces the problem together with the field.
 * `alsoDescribedBy` adds further ids, such as a live status.
 */
export function fieldControlProps({ id, description, error, required }: FieldState, ...alsoDescribedBy: string[]) {
  const describedBy = [description ? `${id}-description` : '', error ? `${id}-error` : '', ...alsoDescribedBy].filter(Boolean).join(' ');
  return {
    id,
    invalid: !!error,
    'aria-invalid': error ? true : undefined,
    'aria-required': required ? true : undefined,
    'aria-describedby': describedBy || undefined,
  };
}

/** A form control with its label, required mark, description and error message around it. */
export function FieldFrame({ id, label, description, error, required, hideLabel, className, children }: FieldFrameProps) {
  return (
    <FormField
      invalid={!!error}
      className={className}
      label={
        <FormLabel htmlFor={id} className={hideLabel ? 'kring-visually-hidden' : undefined}>
          {label}
          {required ? <RequiredMark /> : null}
        </FormLabel>
      }
      description={description ? <FormFieldDescription id={`${id}-description`}>{description}</FormFieldDescription> : undefined}
      errorMessage={error ? <FormFieldErrorMessage id={`${id}-error`}>{error}</FormFieldErrorMessage> : undefined}
      input={children}
    />
  );
}

/** The visible "(required)" hint; the control itself carries aria-required. */
function RequiredMark() {
  return (
    <span className="kring-required" aria-hidden="true">
      {' '}
      *
    </span>
  );
}
