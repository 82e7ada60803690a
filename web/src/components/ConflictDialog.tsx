import { useTranslation } from 'react-i18next';
import { Button } from '@nl-design-system-candidate/button-react';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { ModalDialog } from './ModalDialog.tsx';

/** One field as the user typed it and as the server now has it. */
export interface ConflictField {
  key: string;
  label: string;
  mine: string;
  theirs: string;
}

interface ConflictDialogProps {
  open: boolean;
  fields: ConflictField[];
  onKeepMine: () => void;
  onTakeTheirs: () => void;
  onCancel: () => void;
  busy?: boolean;
}

/**
 * Shown when a save fails with 412: someone else changed the record since it was opened.
 * Both versions are shown side by side and the user decides; nothing is overwritten silently.
 */
export function ConflictDialog({ open, fields, onKeepMine, onTakeTheirs, onCancel, busy }: ConflictDialogProps) {
  const { t } = useTranslation();
  return (
    <ModalDialog open={open} title={t('conflict.title')} onCancel={onCancel} wide>
      <Paragraph>{t('conflict.explanation')}</Paragraph>
      <div className="kring-table-scroll" tabIndex={0} role="region" aria-label={t('conflict.tableLabel')}>
        <Table className="kring-conflict-table">
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">{t('conflict.field')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('conflict.mine')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('conflict.theirs')}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {fields.map((f) => {
              const differs = f.mine !== f.theirs;
              return (
                <TableRow key={f.key} className={differs ? 'kring-conflict-table__differs' : undefined}>
                  <TableHeaderCell scope="row">
                    {f.label}
                    {differs ? <span className="kring-visually-hidden"> ({t('conflict.differs')})</span> : null}
                  </TableHeaderCell>
                  <TableCell>{f.mine || '—'}</TableCell>
                  <TableCell>{f.theirs || '—'}</TableCell>
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      </div>
      <div className="kring-actions">
        <Button purpose="primary" busy={busy} onClick={() => !busy && onKeepMine()}>
          {t('conflict.keepMine')}
        </Button>
        <Button purpose="secondary" onClick={onTakeTheirs}>
          {t('conflict.takeTheirs')}
        </Button>
        <Button purpose="subtle" onClick={onCancel}>
          {t('actions.cancel')}
        </Button>
      </div>
    </ModalDialog>
  );
}
