import { ConflictDialog, type ConflictField } from './ConflictDialog.tsx';
import type { ConflictSaver } from '../lib/use-conflict-save.ts';

interface RecordConflictDialogProps<R extends { version: number }, I> {
  saver: ConflictSaver<R, I>;
  /** The compared fields, as the page presents them. */
  fields: ConflictField[];
  /** Puts the server's current record into the form, after the user chose to take it. */
  onTakeTheirs: (current: R) => void;
}

/** The conflict dialog of a record form, wired to the form's `useConflictSave` state. */
export function RecordConflictDialog<R extends { version: number }, I>({ saver, fields, onTakeTheirs }: RecordConflictDialogProps<R, I>) {
  return (
    <ConflictDialog
      open={saver.conflict !== null}
      fields={fields}
      busy={saver.busy}
      onKeepMine={() => void saver.keepMine()}
      onTakeTheirs={() => saver.takeTheirs(onTakeTheirs)}
      onCancel={saver.dismiss}
    />
  );
}
