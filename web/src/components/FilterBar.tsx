import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * The filters above a list, as a search landmark. The fields apply as they change, so the
 * form itself never submits (Enter in a field must not reload the page).
 */
export function FilterBar({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <form role="search" aria-label={t('list.filters')} className="kring-filters" onSubmit={(e) => e.preventDefault()}>
      {children}
    </form>
  );
}
