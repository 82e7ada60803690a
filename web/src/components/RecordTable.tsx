import type { ReactNode } from 'react';
import { Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';

/** One column of a read-only table. */
export interface RecordColumn<R> {
  header: string;
  cell: (record: R) => ReactNode;
  /** A short value that reads best on one line, such as a date. */
  nowrap?: boolean;
  /** Free text whose line breaks matter, such as a note. */
  preWrap?: boolean;
}

export interface RecordTableProps<R> {
  /** Id of the caption, which also names the table's scroll region. */
  captionId: string;
  caption: string;
  records: readonly R[];
  /** A stable key per record; records without an id of their own may use their place in the list. */
  recordKey: (record: R, index: number) => string;
  /** The first column heads each row, so a screen reader names the row by it. */
  columns: RecordColumn<R>[];
}

/** A read-only table of records with a caption, scrolling sideways in its own region on small screens. */
export function RecordTable<R>(props: RecordTableProps<R>) {
  return (
    <div className="kring-table-scroll" role="region" aria-labelledby={props.captionId} tabIndex={0}>
      <RecordTableContent {...props} />
    </div>
  );
}

/** The table alone, for a paged list whose results already scroll in a region of their own (ListResults). */
export function RecordTableContent<R>({ captionId, caption, records, recordKey, columns }: RecordTableProps<R>) {
  const cellClass = (c: RecordColumn<R>) => (c.nowrap ? 'kring-nowrap' : c.preWrap ? 'kring-pre-wrap' : undefined);
  return (
    <Table>
      <TableCaption id={captionId}>{caption}</TableCaption>
      <TableHeader>
        <TableRow>
          {columns.map((c) => (
            <TableHeaderCell key={c.header} scope="col">
              {c.header}
            </TableHeaderCell>
          ))}
        </TableRow>
      </TableHeader>
      <TableBody>
        {records.map((record, row) => (
          <TableRow key={recordKey(record, row)}>
            {columns.map((c, index) =>
              index === 0 ? (
                <TableHeaderCell key={c.header} scope="row" className={cellClass(c)}>
                  {c.cell(record)}
                </TableHeaderCell>
              ) : (
                <TableCell key={c.header} className={cellClass(c)}>
                  {c.cell(record)}
                </TableCell>
              ),
            )}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
