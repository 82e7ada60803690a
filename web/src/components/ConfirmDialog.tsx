import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@nl-design-system-candidate/button-react';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import { ModalDialog } from './ModalDialog.tsx';

interface ConfirmDialogProps {
  open: boolean;
  title: string;
  children?: ReactNode;
  confirmLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
  busy?: boolean;
}

/** A modal confirmation of an action (usually a removal), with confirm and cancel buttons. */
export function ConfirmDialog({ open, title, children, confirmLabel, onConfirm, onCancel, busy }: ConfirmDialogProps) {
  const { t } = useTranslation();
  return (
    <ModalDialog open={open} title={title} onCancel={onCancel}>
      {typeof children === 'string' ? <Paragraph>{children}</Paragraph> : children}
      <div className="kring-actions">
        <Button purpose="primary" hint="negative" busy={busy} onClick={() => !busy && onConfirm()}>
          {confirmLabel}
        </Button>
        <Button purpose="secondary" onClick={onCancel}>
          {t('actions.cancel')}
        </Button>
      </div>
    </ModalDialog>
  );
}
