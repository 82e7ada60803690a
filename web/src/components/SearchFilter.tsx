import { useEffect, useState } from 'react';
import { TextField } from './TextField.tsx';
import { useDebounced } from '../lib/use-debounced.ts';

/** A search box for a list that filters as you type (debounced) and keeps its value in the URL. */
export function SearchFilter({ label, value, onChange }: { label: string; value: string; onChange: (v: string) => void }) {
  const [text, setText] = useState(value);
  const debounced = useDebounced(text, 250);
  useEffect(() => {
    if (debounced !== value) onChange(debounced);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [debounced]);
  return <TextField name="q" type="search" label={label} value={text} onChange={setText} autoComplete="off" />;
}
