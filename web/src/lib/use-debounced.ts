import { useEffect, useState } from 'react';

/** The value, updated only after it has stopped changing for `ms`; keeps search-as-you-type from flooding the API. */
export function useDebounced<T>(value: T, ms = 200): T {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return debounced;
}
