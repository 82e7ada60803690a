import { useState } from 'react';
import { ApiError } from '../api/problem.ts';

interface ConflictSaveOptions<R extends { version: number }, I> {
  /** Saves the input against the given version (sent as If-Match). */
  update: (input: I, version: number) => Promise<R>;
  /** Reads the record as the server has it now. */
  reload: () => Promise<R>;
  onSaved: (record: R) => void;
  onFailed: (error: unknown) => void;
}

/** What `useConflictSave` hands the page: state for the conflict dialog and the actions on it. */
export interface ConflictSaver<R extends { version: number }, I> {
  busy: boolean;
  /** The user's input and the record as the server has it, after a 412; otherwise null. */
  conflict: { mine: I; theirs: R } | null;
  save: (input: I, version: number) => Promise<void>;
  keepMine: () => Promise<void>;
  takeTheirs: (apply: (record: R) => void) => void;
  dismiss: () => void;
}

/**
 * Saving with optimistic concurrency. A 412 answer means someone else saved in between:
 * the current record is fetched and kept in `conflict` so the page can show both versions;
 * `keepMine` saves the user's input over the current version, `takeTheirs` hands the current
 * record back to the form. Nothing is overwritten without the user choosing to.
 */
export function useConflictSave<R extends { version: number }, I>(options: ConflictSaveOptions<R, I>): ConflictSaver<R, I> {
  const [busy, setBusy] = useState(false);
  const [conflict, setConflict] = useState<{ mine: I; theirs: R } | null>(null);

  const attempt = async (input: I, version: number) => {
    setBusy(true);
    try {
      const saved = await options.update(input, version);
      setConflict(null);
      options.onSaved(saved);
    } catch (error) {
      if (error instanceof ApiError && error.status === 412) {
        try {
          setConflict({ mine: input, theirs: await options.reload() });
        } catch (reloadError) {
          options.onFailed(reloadError);
        }
      } else {
        setConflict(null);
        options.onFailed(error);
      }
    } finally {
      setBusy(false);
    }
  };

  return {
    busy,
    conflict,
    save: attempt,
    keepMine: () => (conflict ? attempt(conflict.mine, conflict.theirs.version) : Promise.resolve()),
    takeTheirs: (apply: (record: R) => void) => {
      if (!conflict) return;
      apply(conflict.theirs);
      setConflict(null);
    },
    dismiss: () => setConflict(null),
  };
}
