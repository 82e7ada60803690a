import { useState } from 'react';
import { useConflictSave, type ConflictSaver } from './use-conflict-save.ts';

interface RecordSaveOptions<R extends { version: number }, I> {
  /** Creates a new record. */
  create: (input: I) => Promise<R>;
  /** Saves the input over an existing record at the given version (sent as If-Match). */
  update: (input: I, version: number) => Promise<R>;
  /** Reads the existing record as the server has it now. */
  reload: () => Promise<R>;
  /** After a create or an update; a create waits for it, so the button stays busy until it is done. */
  onSaved: (record: R) => Promise<void>;
  onFailed: (error: unknown) => void;
}

/** A record form's saving: `create` for a new record, `save` (with conflict handling) for an existing one. */
export interface RecordSaver<R extends { version: number }, I> extends ConflictSaver<R, I> {
  create: (input: I) => Promise<void>;
}

/**
 * Saving for the create-or-edit form pages. Updates go through `useConflictSave`; a create
 * cannot conflict, so it only needs its own busy state, which `busy` includes.
 */
export function useRecordSave<R extends { version: number }, I>(options: RecordSaveOptions<R, I>): RecordSaver<R, I> {
  const [creating, setCreating] = useState(false);
  const saver = useConflictSave<R, I>({
    update: options.update,
    reload: options.reload,
    onSaved: (record) => void options.onSaved(record),
    onFailed: options.onFailed,
  });
  const create = async (input: I) => {
    setCreating(true);
    try {
      await options.onSaved(await options.create(input));
    } catch (error) {
      options.onFailed(error);
    } finally {
      setCreating(false);
    }
  };
  return { ...saver, busy: saver.busy || creating, create };
}
