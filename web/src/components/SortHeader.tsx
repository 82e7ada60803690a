import { useTranslation } from 'react-i18next';
import { TableHeaderCell } from '@utrecht/component-library-react';

interface SortHeaderProps {
  label: string;
  field: string;
  /** The current sort, `name` or `-name`. */
  sort: string;
  onSort: (sort: string) => void;
  /** Sort high to low on the first click, as for figures where the top matters most. */
  descendingFirst?: boolean;
}

/**
 * A column header that sorts by its column: a real button inside the header, and aria-sort on
 * the header so screen readers announce the order.
 */
export function SortHeader({ label, field, sort, onSort, descendingFirst = false }: SortHeaderProps) {
  const { t } = useTranslation();
  const active = sort === field || sort === `-${field}`;
  const descending = sort === `-${field}`;
  const next = active ? (descending ? field : `-${field}`) : descendingFirst ? `-${field}` : field;
  return (
    <TableHeaderCell scope="col" aria-sort={active ? (descending ? 'descending' : 'ascending') : undefined}>
      <button type="button" className="kring-sort-button" onClick={() => onSort(next)}>
        {label}
        <span aria-hidden="true" className="kring-sort-button__icon">
          {active ? (descending ? ' ▼' : ' ▲') : ' ↕'}
        </span>
        <span className="kring-visually-hidden">
          {' '}
          ({active ? (descending ? t('table.sortedDescending') : t('table.sortedAscending')) : t('table.sortable')})
        </span>
      </button>
    </TableHeaderCell>
  );
}
