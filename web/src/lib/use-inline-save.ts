import { useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import type { Versioned } from '../api/http.ts';
import { useApiForm } from './use-api-form.ts';
import { useRecordSave } from './use-record-save.ts';

interface InlineSaveOptions<R extends { id: string; version: number }, I> {
  workspaceId: string;
  /** The record being edited; a new one is created when left out. */
  record?: R;
  api: {
    create: (workspaceId: string, input: I) => Promise<R>;
    update: (workspaceId: string, id: string, input: Partial<I>, version: number) => Promise<R>;
    get: (workspaceId: string, id: string) => Promise<Versioned<R>>;
  };
  /** The first part of the query keys to refresh after a save, e.g. `mandates`. */
  invalidate: string[];
  /** Field labels for the error messages. */
  labels: Record<string, string>;
  onSaved: (record: R, created: boolean) => void;
}

/**
 * Saving for the small forms inside a page (a mandate on the theme page, an engagement plan):
 * create or update with the record's version as If-Match, the conflict dialog's state on a
 * 412, and the affected lists refreshed afterwards.
 */
export function useInlineSave<R extends { id: string; version: number }, I>(options: InlineSaveOptions<R, I>) {
  const client = useQueryClient();
  const { workspaceId, record, api } = options;
  const [version, setVersion] = useState(record?.version ?? 0);
  const form = useApiForm(options.labels);
  const saver = useRecordSave<R, I>({
    create: (input) => api.create(workspaceId, input),
    update: (input, v) => api.update(workspaceId, record?.id ?? '', input, v),
    reload: async () => (await api.get(workspaceId, record?.id ?? '')).data,
    onSaved: async (saved) => {
      for (const key of options.invalidate) await client.invalidateQueries({ queryKey: [key, workspaceId] });
      options.onSaved(saved, !record);
    },
    onFailed: form.fail,
  });
  return {
    form,
    saver,
    setVersion,
    submit: (input: I) => {
      form.clear();
      return record ? saver.save(input, version) : saver.create(input);
    },
  };
}
