import { useCallback, useEffect, useRef } from 'react';
import { useSearchParams } from 'react-router';

/**
 * The next address for a set of changes, built on the last one asked for. react-router gives
 * setSearchParams' updater the parameters of the last render, not of the last call, so two
 * changes before the next render (two selects set in a row) would otherwise lose the first.
 */
export class SearchParamsChanges {
  private asked: { from: string; next: URLSearchParams } | null = null;

  /** Applies `changes` (an empty value or the default removes the key) and remembers the result. */
  apply(
    current: URLSearchParams,
    changes: Record<string, string | undefined>,
    defaults: Record<string, string | undefined>,
  ): URLSearchParams {
    const from = current.toString();
    const next = new URLSearchParams(this.asked?.from === from ? this.asked.next : current);
    for (const [k, v] of Object.entries(changes)) {
      if (v === undefined || v === '' || v === defaults[k]) next.delete(k);
      else next.set(k, v);
    }
    this.asked = { from, next };
    return next;
  }

  /** The address has changed (rendered, or moved by the back button): build on it from now on. */
  forget(): void {
    this.asked = null;
  }
}

/**
 * List filters kept in the address bar, so a filtered list can be bookmarked, shared and
 * restored with the back button.
 */
export function useSearchParamsState<K extends string>(keys: readonly K[], defaults: Partial<Record<K, string>> = {}) {
  const [params, setParams] = useSearchParams();
  const values = Object.fromEntries(keys.map((k) => [k, params.get(k) ?? defaults[k] ?? ''])) as Record<K, string>;
  const changes = useRef(new SearchParamsChanges());
  const search = params.toString();
  useEffect(() => changes.current.forget(), [search]);
  const set = useCallback(
    (changed: Partial<Record<K, string>>) => {
      setParams((current) => changes.current.apply(current, changed, defaults), { replace: true });
    },
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [setParams],
  );
  return [values, set] as const;
}
