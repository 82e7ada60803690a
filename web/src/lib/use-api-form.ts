import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { noErrors, toFormErrors, type FormErrors } from './form-errors.ts';

/**
 * A form's submit and its errors. `run` performs a submit, keeps `busy` set meanwhile and
 * keeps a failure. The last failure is turned into per-field messages at render time, so the
 * messages follow a language switch. `labels` names each field the form shows; list rows use
 * `*` for the index (`affiliations.*.role`).
 */
export function useApiForm(labels: Record<string, string>) {
  const { t } = useTranslation();
  const [error, setError] = useState<unknown>(null);
  const [clientErrors, setClientErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const errors: FormErrors = useMemo(() => {
    const labelOf = (field: string) => {
      if (labels[field]) return labels[field];
      const pattern = field.replace(/\.\d+(?=\.|$)/g, '.*');
      const index = /\.(\d+)(?:\.|$)/.exec(field)?.[1];
      return labels[pattern] && index !== undefined ? `${labels[pattern]} (${Number(index) + 1})` : undefined;
    };
    const fromApi = error === null ? noErrors : toFormErrors(error, t, labelOf);
    const localEntries = Object.entries(clientErrors);
    if (localEntries.length === 0) return fromApi;
    return {
      fields: { ...Object.fromEntries(localEntries), ...fromApi.fields },
      summary: [
        ...localEntries.map(([field, message]) => ({ field, message: `${labelOf(field) ?? field}: ${message}` })),
        ...fromApi.summary,
      ],
    };
  }, [error, clientErrors, labels, t]);
  return {
    errors,
    busy,
    run: async (action: () => Promise<void>) => {
      setBusy(true);
      try {
        await action();
      } catch (e) {
        setError(e);
      } finally {
        setBusy(false);
      }
    },
    fail: (e: unknown) => setError(e),
    setClientErrors,
    clear: () => {
      setError(null);
      setClientErrors({});
    },
  };
}
