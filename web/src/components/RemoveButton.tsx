import { Button } from '@nl-design-system-candidate/button-react';

interface RemoveButtonProps {
  /** The visible text ("Remove", "Revoke"). */
  label: string;
  /** What the button acts on, read after the label by screen readers only. */
  what: string;
  onClick: () => void;
}

/**
 * A subtle, negative button for one row of a list. Its accessible name names the row, since a
 * list of them would otherwise all read the same ("Remove, Remove, Remove").
 */
export function RemoveButton({ label, what, onClick }: RemoveButtonProps) {
  return (
    <Button purpose="subtle" hint="negative" onClick={onClick}>
      {label}
      <span className="kring-visually-hidden"> {what}</span>
    </Button>
  );
}
