/**
 * Props for a text, date or select field bound to one key of a form's state: its name, label,
 * value, change handler and error, so a form does not repeat them for every field.
 */
export function fieldBinder<F extends object>(
  fields: F,
  set: <K extends keyof F>(key: K, value: F[K]) => void,
  labels: Record<string, string>,
  errors: Record<string, string>,
) {
  return <K extends keyof F & string>(key: K) => ({
    name: key,
    label: labels[key] ?? key,
    value: String(fields[key] ?? ''),
    onChange: (value: string) => set(key, value as F[K]),
    error: errors[key],
  });
}
