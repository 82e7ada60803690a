import type { ReactNode } from 'react';
import { Button } from '@nl-design-system-candidate/button-react';

interface FormActionsProps {
  /** Text of the primary submit button ("Save", "Sign in"). */
  submitLabel: string;
  /** Shows the button as busy while the submit is under way. */
  busy: boolean;
  /** Secondary actions after the submit button, such as a cancel link. */
  children?: ReactNode;
}

/** The row under a form: its submit button first, then any secondary actions. */
export function FormActions({ submitLabel, busy, children }: FormActionsProps) {
  return (
    <div className="kring-actions">
      <Button type="submit" purpose="primary" busy={busy}>
        {submitLabel}
      </Button>
      {children}
    </div>
  );
}
