import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@nl-design-system-candidate/button-react';
import { ConfirmDialog } from './ConfirmDialog.tsx';
import { LoadError } from './QueryStatus.tsx';

/** A delete button that asks for confirmation first, naming what will be deleted. */
export function DeleteRecordButton({ name, onDelete }: { name: string; onDelete: () => Promise<void> }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const confirm = async () => {
    setBusy(true);
    try {
      await onDelete();
      setOpen(false);
    } catch (e) {
      setError(e);
      setOpen(false);
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <Button purpose="secondary" hint="negative" onClick={() => setOpen(true)}>
        {t('actions.delete')}
      </Button>
      {error ? <LoadError error={error} /> : null}
      <ConfirmDialog
        open={open}
        busy={busy}
        title={t('delete.title', { name })}
        confirmLabel={t('delete.confirm')}
        onConfirm={() => void confirm()}
        onCancel={() => setOpen(false)}
      >
        {t('delete.text')}
      </ConfirmDialog>
    </>
  );
}
