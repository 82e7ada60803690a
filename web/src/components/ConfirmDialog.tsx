import { useEffect, useId, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@nl-design-system-candidate/button-react';
import { Heading } from '@nl-design-system-candidate/heading-react';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react';

interface ConfirmDialogProps {
  open: boolean;
  title: string;
  children?: ReactNode;
  confirmLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
  busy?: boolean;
}

/**
 * A modal confirmation on the native <dialog>: the browser traps focus, Escape cancels and
 * focus returns to the button that opened it.
 */
export function ConfirmDialog({ open, title, children, confirmLabel, onConfirm, onCancel, busy }: ConfirmDialogProps) {
  const { t } = useTranslation();
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
      className="kring-dialog"
      aria-labelledby={titleId}
      onCancel={(e) => {
        e.preventDefault();
        onCancel();
      }}
    >
      <Heading level={2} id={titleId}>
        {title}
      </Heading>
      {typeof children === 'string' ? <Paragraph>{children}</Paragraph> : children}
      <div className="kring-actions">
        <Button purpose="primary" hint="negative" busy={busy} onClick={() => !busy && onConfirm()}>
          {confirmLabel}
        </Button>
        <Button purpose="secondary" onClick={onCancel}>
          {t('actions.cancel')}
        </Button>
      </div>
    </dialog>
  );
}
