import { useEffect, useId, useRef, type ReactNode } from 'react';
import { Heading } from '@nl-design-system-candidate/heading-react';

interface ModalDialogProps {
  open: boolean;
  title: string;
  /** Escape asks the owner to close, so the `open` prop stays the one source of truth. */
  onCancel: () => void;
  /** For tables that need the room, such as the conflict comparison. */
  wide?: boolean;
  children: ReactNode;
}

/**
 * A modal on the native <dialog>, titled by its heading: the browser traps focus, Escape
 * cancels and focus returns to the button that opened it.
 */
export function ModalDialog({ open, title, onCancel, wide, children }: ModalDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);
  return (
    <dialog
      ref={ref}
      className={wide ? 'kring-dialog kring-dialog--wide' : 'kring-dialog'}
      aria-labelledby={titleId}
      onCancel={(e) => {
        e.preventDefault();
        onCancel();
      }}
    >
      <Heading level={2} id={titleId}>
        {title}
      </Heading>
      {children}
    </dialog>
  );
}
